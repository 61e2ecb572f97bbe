package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.PISEK;
import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The questionnaire template of the process evaluation and the digest other modules read: the
 * questions created, access refused on a foreign ORP, and aggregated results computed by hand.
 */
@SurveyWebTest
class SurveyTemplatesTest {

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    SurveyResponseRepository responses;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    SurveyBuilder builder;

    @Autowired
    SurveyTemplates templates;

    @Autowired
    SurveyDigest digest;

    @Autowired
    TransactionTemplate tx;

    SurveyMother mother() {
        return new SurveyMother(users, territory, surveys, questions, tx);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void createsADraftAnonymousQuestionnaireWithEightQuestionsOfTheTemplate() {
        TestUser coordinator = mother().districtCoordinator(STRAKONICE);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("cs"));
        long id = as(coordinator, () -> templates.createProcessEvaluation(STRAKONICE));
        long second = as(coordinator, () -> templates.createProcessEvaluation(STRAKONICE));

        SurveyView survey = as(coordinator, () -> builder.survey(STRAKONICE, id, Action.VIEW_INTERNAL));
        assertThat(survey.title()).startsWith("Hodnocení procesu komunitního plánování");
        assertThat(survey.draft()).isTrue();
        assertThat(survey.anonymous()).isTrue();
        assertThat(as(coordinator, () -> builder.survey(STRAKONICE, second, Action.VIEW_INTERNAL))
                        .title())
                .startsWith("Hodnocení procesu komunitního plánování (")
                .isNotEqualTo(survey.title());

        List<QuestionDef> defs = as(coordinator, () -> builder.questions(STRAKONICE, id, Action.VIEW_INTERNAL));
        assertThat(defs)
                .extracting(QuestionDef::kind)
                .containsExactly(
                        QuestionKind.SINGLE,
                        QuestionKind.SINGLE,
                        QuestionKind.SINGLE,
                        QuestionKind.SINGLE,
                        QuestionKind.SINGLE,
                        QuestionKind.SINGLE,
                        QuestionKind.LONG_TEXT,
                        QuestionKind.LONG_TEXT);
        assertThat(defs.get(0).text()).isEqualTo("V jaké roli jste se plánování účastnil/a?");
        assertThat(defs.get(0).options()).hasSize(5).contains("Poskytovatel sociálních služeb");
        assertThat(defs.get(1).text()).isEqualTo("Jak jste spokojen/a se setkáními pracovních skupin?");
        assertThat(defs.get(1).options())
                .hasSize(5)
                .startsWith("1 – velmi nespokojen/a")
                .endsWith("5 – velmi spokojen/a");
        assertThat(SurveyDigest.scale(defs.get(1))).containsExactly(1, 2, 3, 4, 5);
        assertThat(SurveyDigest.scale(defs.get(0))).isEmpty();
        assertThat(defs.get(7).text()).isEqualTo("Co bychom měli v příštím období zlepšit?");
    }

    @Test
    void textsFollowTheCurrentLocale() {
        TestUser coordinator = mother().districtCoordinator(STRAKONICE);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        long id = as(coordinator, () -> templates.createProcessEvaluation(STRAKONICE));
        SurveyView survey = as(coordinator, () -> builder.survey(STRAKONICE, id, Action.VIEW_INTERNAL));
        assertThat(survey.title()).startsWith("Evaluation of the community planning process");
        assertThat(as(coordinator, () -> builder.questions(STRAKONICE, id, Action.VIEW_INTERNAL))
                        .get(6)
                        .text())
                .isEqualTo("What worked well in the planning process?");
    }

    @Test
    void aForeignCoordinatorOrAGroupMemberIsRefusedAndNothingIsCreated() {
        SurveyMother mother = mother();
        TestUser foreign = mother.districtCoordinator(PISEK);
        TestUser member = mother.groupMember(STRAKONICE);
        long before = surveys.count();
        assertThatThrownBy(() -> as(foreign, () -> templates.createProcessEvaluation(STRAKONICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> templates.createProcessEvaluation(STRAKONICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.count()).isEqualTo(before);
        assertThatThrownBy(() -> as(foreign, () -> digest.choices(STRAKONICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(foreign, () -> digest.linked(STRAKONICE, 1L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aggregateHasHandComputedMeansChoiceCountsAndOnlyCountsOfTexts() {
        SurveyMother mother = mother();
        String title = SurveyMother.unique("Hodnocení procesu");
        long id = mother.survey(
                STRAKONICE,
                title,
                true,
                SurveyState.OPEN,
                SurveyMother.single("Role", false, "Poskytovatel", "Veřejnost"),
                SurveyMother.single("Setkání", false, "1 – špatně", "2", "3", "4", "5 – výborně"),
                SurveyMother.text("Co se osvědčilo?", true));
        List<Long> q = mother.questionIds(id);
        // scale answers 5, 4 and 2 → mean 11 / 3 = 3.67; roles 2 × Poskytovatel, 1 × Veřejnost
        respond(
                id,
                true,
                AnswerValue.choice(q.get(0), 0, 0),
                AnswerValue.choice(q.get(1), 0, 4),
                AnswerValue.text(q.get(2), "Tajný text A"));
        respond(
                id,
                true,
                AnswerValue.choice(q.get(0), 0, 0),
                AnswerValue.choice(q.get(1), 0, 3),
                AnswerValue.text(q.get(2), "Tajný text B"));
        respond(id, true, AnswerValue.choice(q.get(0), 0, 1), AnswerValue.choice(q.get(1), 0, 1));
        // not submitted: not counted
        respond(id, false, AnswerValue.choice(q.get(1), 0, 0));

        SurveyDigest.Aggregate a = digest.aggregate(STRAKONICE, id).orElseThrow();
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.submitted()).isEqualTo(3);
        assertThat(a.items())
                .extracting(SurveyDigest.Item::kind)
                .containsExactly(SurveyDigest.Kind.CHOICE, SurveyDigest.Kind.SCALE, SurveyDigest.Kind.TEXT);
        assertThat(a.items().get(0).counts())
                .containsExactly(new SurveyDigest.Count("Poskytovatel", 2), new SurveyDigest.Count("Veřejnost", 1));
        assertThat(a.items().get(1).mean()).isEqualByComparingTo(new BigDecimal("3.67"));
        assertThat(a.items().get(1).scaleMax()).isEqualTo(5);
        assertThat(a.items().get(1).answered()).isEqualTo(3);
        assertThat(a.items().get(2).answered()).isEqualTo(2);
        assertThat(a.toString()).doesNotContain("Tajný text");
        assertThat(digest.aggregate(PISEK, id)).isEmpty();
    }

    @Test
    void onlyOptionsNumberedFromOneMakeAScale() {
        assertThat(SurveyDigest.scale(single("1 – málo", "2", "3 – hodně"))).containsExactly(1, 2, 3);
        assertThat(SurveyDigest.scale(single("1", "3"))).isEmpty();
        assertThat(SurveyDigest.scale(single("ano", "ne"))).isEmpty();
        assertThat(SurveyDigest.scale(single("1x", "2x"))).isEmpty();
        assertThat(SurveyDigest.scale(single("10 osob", "2"))).isEmpty();
    }

    private static QuestionDef single(String... options) {
        return new QuestionDef(
                1, 1, 1, QuestionKind.SINGLE, "Q", null, false, List.of(options), List.of(), null, null, null, null, 0);
    }

    private void respond(long surveyId, boolean submit, AnswerValue... values) {
        tx.executeWithoutResult(s -> {
            SurveyResponse response = responses.save(new SurveyResponse(surveyId, null, null, Instant.now()));
            answering.replaceAnswers(surveyId, response.id(), List.of(values));
            if (submit) {
                response.submit(Instant.now());
            }
        });
    }

    private static <T> T as(TestUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user.email(), null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
