package cz.planovna.survey;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users and surveys with unique names, so tests never depend on demo data or on what other
 * tests left in a shared database.
 */
class SurveyMother {

    /** The ORP whose surveys these tests create, another ORP of the same kraj, and the kraje. */
    static final int STRAKONICE = 3111;

    static final int PISEK = 3108;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;
    static final String PASSWORD = "Planovna2026!";

    record TestUser(long id, String email) {
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }
    }

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final TransactionTemplate tx;

    SurveyMother(
            UserAdministration users,
            TerritoryQueries territory,
            SurveyRepository surveys,
            SurveyQuestionRepository questions,
            TransactionTemplate tx) {
        this.users = users;
        this.territory = territory;
        this.surveys = surveys;
        this.questions = questions;
        this.tx = tx;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    TestUser admin() {
        return user("admin", Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return user("kraj", Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser districtCoordinator(int orp) {
        return user("koordinator", Grant.districtCoordinator(orp(orp)));
    }

    TestUser groupMember(int orp) {
        return user("clen", Grant.groupMember(orp(orp)));
    }

    TestUser providerEditor(int orp) {
        return user("poskytovatel", Grant.providerEditor("70890650", orp(orp)));
    }

    TestUser user(String prefix, Grant... grants) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, PASSWORD, List.of(grants)));
        return new TestUser(id, email);
    }

    /** A survey in the given state with the given questions (in order); returns its id. */
    long survey(int orp, String title, boolean anonymous, SurveyState state, QuestionSpec... specs) {
        return tx.execute(s -> {
            Survey survey = surveys.save(new Survey(
                    orp(orp),
                    new SurveySettings(title, "Úvod", "Občané", anonymous, null, null),
                    Tokens.fresh(),
                    Instant.now()));
            int position = 1;
            for (QuestionSpec spec : specs) {
                questions.save(new SurveyQuestion(survey.id(), position++, spec));
            }
            survey.moveTo(state, Instant.now());
            return survey.id();
        });
    }

    /** Appends a question (e.g. a conditional one referring to an earlier question's id). */
    long addQuestion(long surveyId, QuestionSpec spec) {
        return tx.execute(s -> questions
                .save(new SurveyQuestion(surveyId, questions.maxPosition(surveyId) + 1, spec))
                .id());
    }

    String publicToken(long surveyId) {
        return tx.execute(s -> surveys.findById(surveyId).orElseThrow().publicToken());
    }

    long version(long surveyId) {
        return tx.execute(s -> surveys.findById(surveyId).orElseThrow().version());
    }

    List<Long> questionIds(long surveyId) {
        return tx.execute(s -> {
            List<Long> ids = new ArrayList<>();
            questions.findBySurveyIdOrderByPositionAsc(surveyId).forEach(q -> ids.add(q.id()));
            return ids;
        });
    }

    long questionVersion(long questionId) {
        return tx.execute(s -> questions.findById(questionId).orElseThrow().version());
    }

    // ---- question specs -----------------------------------------------------------------------

    static QuestionSpec single(String text, boolean required, String... options) {
        return new QuestionSpec(
                QuestionKind.SINGLE, text, null, required, List.of(options), List.of(), null, null, null, null);
    }

    static QuestionSpec multiple(String text, String... options) {
        return new QuestionSpec(
                QuestionKind.MULTIPLE, text, null, false, List.of(options), List.of(), null, null, null, null);
    }

    static QuestionSpec yesNo(String text, boolean required) {
        return new QuestionSpec(
                QuestionKind.YES_NO, text, null, required, List.of(), List.of(), null, null, null, null);
    }

    static QuestionSpec number(String text, Integer min, Integer max) {
        return new QuestionSpec(QuestionKind.NUMBER, text, null, false, List.of(), List.of(), min, max, null, null);
    }

    static QuestionSpec text(String text, boolean longText) {
        return new QuestionSpec(
                longText ? QuestionKind.LONG_TEXT : QuestionKind.SHORT_TEXT,
                text,
                null,
                false,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
    }

    static QuestionSpec matrix(String text, List<String> rows, String... scale) {
        return new QuestionSpec(QuestionKind.MATRIX, text, null, true, List.of(scale), rows, null, null, null, null);
    }

    static QuestionSpec ranking(String text, String... options) {
        return new QuestionSpec(
                QuestionKind.RANKING, text, null, false, List.of(options), List.of(), null, null, null, null);
    }

    static QuestionSpec date(String text) {
        return new QuestionSpec(QuestionKind.DATE, text, null, false, List.of(), List.of(), null, null, null, null);
    }

    static QuestionSpec conditional(QuestionSpec spec, long sourceId, int choice) {
        return new QuestionSpec(
                spec.kind(),
                spec.text(),
                spec.help(),
                spec.required(),
                spec.options(),
                spec.rows(),
                spec.min(),
                spec.max(),
                sourceId,
                choice);
    }
}
