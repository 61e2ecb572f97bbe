package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.BLATNA;
import static cz.planovna.consultation.ConsultationMother.JIHOCESKY;
import static cz.planovna.consultation.ConsultationMother.PISEK;
import static cz.planovna.consultation.ConsultationMother.PLZENSKY;
import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static cz.planovna.consultation.ConsultationMother.fromNewAddress;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.SIGNED_IN_NOT_FOUND;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.consultation.ConsultationMother.Sample;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of public commenting (GET and POST) against every kind of visitor, with the exact
 * outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same
 * kraj) and the foreign kraj the Plzeňský; a coordinator of Písek never sees Blatná's management
 * either. A request that changes something gets a record of its own. No plan is written into Písek
 * or Blatná (the demo-data tests need those ORPs empty): the Písek consultation refers to a plan of
 * Strakonice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationAuthorizationTest {

    /**
     * O = 200, R = 302 done (to the consultation pages of Strakonice), L = 302 to login, D = 403,
     * N = 404, C = 409.
     */
    static final String PUBLIC = "/orp/" + STRAKONICE + "/pripominky";

    static final String BASE = PUBLIC + "/sprava";
    static final String EVERYONE_DONE = "RRRRRRRRR";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationRepository consultations;

    @Autowired
    CommentRepository comments;

    @Autowired
    TransactionTemplate tx;

    ConsultationMother mother;
    AuthorizationMatrix authorization;
    Sample plan;
    long open;
    long closed;
    long prepared;
    long foreign;
    long comment;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done (to the consultation pages), without a failure message
                .outcome('R', done(location -> assertThat(location).startsWith(PUBLIC)));
        plan = mother.plan(STRAKONICE, ConsultationMother.unique("Plán matice"), "DRAFT");
        open = mother.open(STRAKONICE, true);
        closed = mother.closed(STRAKONICE);
        prepared = mother.prepared(STRAKONICE);
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        foreign = mother.consultation(
                PISEK, plan, ConsultationMother.unique("Písek"), today.minusDays(1), today.plusDays(9), true);
        comment = mother.comment(open, "Připomínka matice", "Jana Matice", "jana.matice@example.cz");
    }

    Stream<Case> cases() {
        String detail = BASE + "/" + open;
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return Stream.of(
                new Case("GET …/pripominky/sprava", VIEW, () -> get(BASE)),
                new Case(
                        "GET …/sprava?filters",
                        VIEW,
                        () -> get(BASE).param("stav", "OPEN").param("razeni", "nazev")),
                new Case("GET …/sprava/nova", EDIT_PAGE, () -> get(BASE + "/nova")),
                new Case(
                        "POST …/sprava/nova",
                        EDIT_DONE,
                        () -> post(BASE + "/nova")
                                .param("document", "PLAN:" + plan.planId())
                                .param("title", ConsultationMother.unique("Nové"))
                                .param("opensOn", today.toString())
                                .param("closesOn", today.plusDays(20).toString())
                                .param("consentText", "Souhlasím.")
                                .param("version", "0")),
                new Case("GET …/sprava/{id}", VIEW, () -> get(detail)),
                new Case(
                        "GET …/sprava/{id}?filters",
                        VIEW,
                        () -> get(detail)
                                .param("cast", "celek")
                                .param("viditelnost", "skryte")
                                .param("razeni", "cast")),
                new Case("GET …/sprava/{id}/upravit", EDIT_PAGE, () -> get(detail + "/upravit")),
                new Case("POST …/sprava/{id}/upravit", EDIT_DONE, () -> {
                    long id = mother.prepared(STRAKONICE);
                    ConsultationView v = tx.execute(s ->
                            ConsultationQueries.view(consultations.findById(id).orElseThrow(), today, 0));
                    return post(BASE + "/" + id + "/upravit")
                            .param("document", "PLAN:" + v.planId())
                            .param("title", ConsultationMother.unique("Upravené"))
                            .param("opensOn", v.opensOn().toString())
                            .param("closesOn", v.closesOn().plusDays(1).toString())
                            .param("consentText", "Souhlasím.")
                            .param("version", String.valueOf(v.version()));
                }),
                new Case(
                        "GET …/sprava/{id}/pripominky/{cid}/skryt",
                        EDIT_PAGE,
                        () -> get(detail + "/pripominky/" + comment + "/skryt")),
                new Case("POST …/sprava/{id}/pripominky/{cid}/skryt", EDIT_DONE, () -> {
                    long id = mother.comment(open, "Ke skrytí", null, null);
                    return post(detail + "/pripominky/" + id + "/skryt")
                            .param("reason", "Urážka")
                            .param("version", String.valueOf(mother.commentVersion(id)));
                }),
                new Case("POST …/sprava/{id}/pripominky/{cid}/zobrazit", EDIT_DONE, () -> {
                    long id = mother.hiddenComment(open, "Skrytá", "Urážka");
                    return post(detail + "/pripominky/" + id + "/zobrazit")
                            .param("version", String.valueOf(mother.commentVersion(id)));
                }),
                // a consultation of Písek is never found under Strakonice's address
                new Case("GET …/sprava/{foreign id}", "LNNDNDNDD", () -> get(BASE + "/" + foreign)),
                // Blatná's management: a coordinator (or member) of Písek or Strakonice may not see it
                new Case(
                        "GET /orp/{Blatná}/pripominky/sprava",
                        "LOODDDDDD",
                        () -> get("/orp/" + BLATNA + "/pripominky/sprava")),
                new Case(
                        "GET /orp/{unknown}/pripominky/sprava",
                        SIGNED_IN_NOT_FOUND,
                        () -> get("/orp/9999/pripominky/sprava")),
                // public pages: open and closed consultations for everyone, prepared ones never
                new Case("GET /orp/{code}/pripominky", EVERYONE, () -> get(PUBLIC)),
                new Case("GET …/pripominky/{open}", EVERYONE, () -> get(PUBLIC + "/" + open)),
                new Case("GET …/pripominky/{closed}", EVERYONE, () -> get(PUBLIC + "/" + closed)),
                new Case("GET …/pripominky/{prepared}", NOBODY, () -> get(PUBLIC + "/" + prepared)),
                new Case("GET …/pripominky/{foreign}", NOBODY, () -> get(PUBLIC + "/" + foreign)),
                new Case("GET /orp/{unknown}/pripominky", NOBODY, () -> get("/orp/9999/pripominky")),
                new Case(
                        "POST …/pripominky/{open}",
                        EVERYONE_DONE,
                        () -> post(PUBLIC + "/" + open)
                                .with(fromNewAddress())
                                .param("target", "celek")
                                .param("text", "Připomínka " + UUID.randomUUID())
                                .param("consent", "true")),
                new Case(
                        "POST …/pripominky/{prepared}",
                        "CCCCCCCCC",
                        () -> post(PUBLIC + "/" + prepared)
                                .with(fromNewAddress())
                                .param("text", "Předčasná")
                                .param("consent", "true")),
                new Case(
                        "POST …/pripominky/{foreign}",
                        NOBODY,
                        () -> post(PUBLIC + "/" + foreign)
                                .with(fromNewAddress())
                                .param("text", "Cizí")
                                .param("consent", "true")),
                new Case(
                        "GET …/pripominky/{open}/dekujeme",
                        EVERYONE_DONE,
                        () -> get(PUBLIC + "/" + open + "/dekujeme")));
    }

    Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }
}
