package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.JIHOCESKY;
import static cz.planovna.survey.SurveyMother.PISEK;
import static cz.planovna.survey.SurveyMother.PLZENSKY;
import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the survey module (GET and POST) against every kind of visitor, with the exact
 * outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same
 * kraj), the foreign kraj the Plzeňský.
 */
@SurveyWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyAuthorizationTest {

    enum Persona {
        ANONYMOUS,
        ADMIN,
        REGIONAL_OWN,
        REGIONAL_FOREIGN,
        DISTRICT_OWN,
        DISTRICT_FOREIGN,
        MEMBER_OWN,
        MEMBER_FOREIGN,
        PROVIDER
    }

    /** O = 200 page, R = 302 back into the survey pages, L = 302 to login, D = 403. */
    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        MockHttpServletRequestBuilder build() throws Exception;
    }

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/dotazniky";
    static final String VIEW = "LOODODODD";
    static final String EDIT_PAGE = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";
    static final String EVERYONE = "OOOOOOOOO";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    SurveyInvitationRepository invitations;

    @Autowired
    SurveyResponseRepository responses;

    @Autowired
    TransactionTemplate tx;

    SurveyMother mother;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    long draftId;
    long openId;
    long textQuestion;
    long personalId;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new SurveyMother(users, territory, surveys, questions, tx);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
        draftId = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Matice koncept"),
                true,
                SurveyState.DRAFT,
                SurveyMother.yesNo("První", false),
                SurveyMother.text("Druhá", false));
        openId = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Matice otevřený"),
                true,
                SurveyState.OPEN,
                SurveyMother.yesNo("Otázka", false),
                SurveyMother.text("Poznámka", true));
        textQuestion = mother.questionIds(openId).get(1);
        personalId = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Matice osobní"),
                false,
                SurveyState.OPEN,
                SurveyMother.yesNo("Otázka", false));
    }

    Stream<Case> cases() {
        String draft = BASE + "/" + draftId;
        String open = BASE + "/" + openId;
        String personal = BASE + "/" + personalId;
        return Stream.of(
                new Case("GET list", VIEW, () -> get(BASE)),
                new Case("GET novy", EDIT_PAGE, () -> get(BASE + "/novy")),
                new Case(
                        "POST novy",
                        EDIT_DONE,
                        () -> post(BASE + "/novy")
                                .param("title", SurveyMother.unique("Nový"))
                                .param("anonymous", "true")
                                .param("version", "0")),
                new Case("GET {id}", EDIT_PAGE, () -> get(draft)),
                new Case(
                        "POST {id}",
                        EDIT_DONE,
                        () -> post(draft)
                                .param("title", title(draftId))
                                .param("anonymous", "true")
                                .param("version", String.valueOf(mother.version(draftId)))),
                new Case(
                        "POST {id}/stav",
                        EDIT_DONE,
                        () -> post(open + "/stav")
                                .param("state", "OPEN")
                                .param("version", String.valueOf(mother.version(openId)))),
                new Case("POST {id}/smazat", EDIT_DONE, () -> {
                    long doomed = mother.survey(STRAKONICE, SurveyMother.unique("Ke smazání"), true, SurveyState.DRAFT);
                    return post(BASE + "/" + doomed + "/smazat")
                            .param("version", String.valueOf(mother.version(doomed)));
                }),
                new Case(
                        "POST {id}/otazky",
                        EDIT_DONE,
                        () -> post(draft + "/otazky")
                                .param("kind", "YES_NO")
                                .param("text", "Další otázka")
                                .param("version", "0")),
                new Case("GET {id}/otazky/{q}", EDIT_PAGE, () -> get(draft + "/otazky/" + firstQuestion(draftId))),
                new Case("POST {id}/otazky/{q}", EDIT_DONE, () -> {
                    long q = firstQuestion(draftId);
                    return post(draft + "/otazky/" + q)
                            .param("kind", "YES_NO")
                            .param("text", "První")
                            .param("version", String.valueOf(mother.questionVersion(q)));
                }),
                new Case("POST {id}/otazky/{q}/smazat", EDIT_DONE, () -> {
                    long q = mother.addQuestion(draftId, SurveyMother.text("Ke smazání", false));
                    return post(draft + "/otazky/" + q + "/smazat")
                            .param("version", String.valueOf(mother.questionVersion(q)));
                }),
                new Case("POST {id}/otazky/{q}/posun", EDIT_DONE, () -> {
                    long q = firstQuestion(draftId);
                    return post(draft + "/otazky/" + q + "/posun")
                            .param("smer", "dolu")
                            .param("version", String.valueOf(mother.questionVersion(q)));
                }),
                new Case(
                        "POST {id}/pozvanky",
                        EDIT_DONE,
                        () -> post(personal + "/pozvanky")
                                .param("emails", SurveyMother.unique("pozvany").replace(' ', '.') + "@example.cz")
                                .param("version", String.valueOf(mother.version(personalId)))),
                new Case("POST {id}/pripominka", EDIT_DONE, () -> post(personal + "/pripominka")),
                new Case("GET {id}/nahled", VIEW, () -> get(draft + "/nahled")),
                new Case(
                        "GET {id}/vysledky", VIEW, () -> get(open + "/vysledky").param("podle", "1")),
                new Case("POST {id}/vysledky/prepocitat", EDIT_DONE, () -> post(open + "/vysledky/prepocitat")),
                new Case("GET {id}/vysledky/texty/{q}", VIEW, () -> get(open + "/vysledky/texty/" + textQuestion)),
                new Case("GET {id}/export.csv", VIEW, () -> get(open + "/export.csv")),
                new Case("GET {id}/export.xlsx", VIEW, () -> get(open + "/export.xlsx")),
                new Case(
                        "GET {id}/vysledky.pdf",
                        VIEW,
                        () -> get(open + "/vysledky.pdf").param("podle", "1")),
                // answering is public, with or without an account
                new Case("GET /dotazniky/{token}", EVERYONE, () -> get("/dotazniky/" + mother.publicToken(openId))),
                new Case(
                        "POST /dotazniky/{token}",
                        EVERYONE,
                        () -> post("/dotazniky/" + mother.publicToken(openId)).param("akce", "ulozit")),
                new Case("GET /dotazniky/{token}/pokracovat/{r}", EVERYONE, () -> get(resumeLink())),
                new Case(
                        "POST /dotazniky/{token}/pokracovat/{r}",
                        EVERYONE,
                        () -> post(resumeLink()).param("akce", "ulozit")),
                new Case("GET /dotazniky/pozvanka/{token}", EVERYONE, () -> get("/dotazniky/pozvanka/" + invitation())),
                new Case(
                        "POST /dotazniky/pozvanka/{token}",
                        EVERYONE,
                        () -> post("/dotazniky/pozvanka/" + invitation()).param("akce", "ulozit")));
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        cases().forEach(c -> {
            for (Persona p : Persona.values()) {
                rows.add(Arguments.of(c, p, c.expected().charAt(p.ordinal())));
            }
        });
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        MockHttpServletRequestBuilder request = c.request().build();
        if (request.buildRequest(new MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String location = response.getRedirectedUrl();
        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).isEqualTo("/login");
            }
            case 'R' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).startsWith(BASE);
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }

    private String title(long id) {
        return tx.execute(s -> surveys.findById(id).orElseThrow().title());
    }

    private long firstQuestion(long surveyId) {
        return mother.questionIds(surveyId).get(0);
    }

    /** A fresh saved (not submitted) anonymous response and its resume link. */
    private String resumeLink() {
        String token = Tokens.fresh();
        tx.executeWithoutResult(
                s -> responses.save(new SurveyResponse(openId, null, Tokens.hash(token), Instant.now())));
        return "/dotazniky/" + mother.publicToken(openId) + "/pokracovat/" + token;
    }

    /** A fresh invitation to the personal survey and its one-time token. */
    private String invitation() {
        String token = Tokens.fresh();
        tx.executeWithoutResult(s -> invitations.save(new SurveyInvitation(
                personalId,
                SurveyMother.unique("host").replace(' ', '.') + "@example.cz",
                Tokens.hash(token),
                Instant.now())));
        return token;
    }
}
