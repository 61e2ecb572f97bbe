package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.JIHOCESKY;
import static cz.planovna.consultation.ConsultationMother.PISEK;
import static cz.planovna.consultation.ConsultationMother.PLZENSKY;
import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
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
 * Every URL of the settlement (GET and POST) against every kind of visitor, with the exact outcome.
 * "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same kraj) and
 * the foreign kraj the Plzeňský. The public table exists only once published. A request that
 * changes something gets data of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettlementAuthorizationTest {

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

    SettlementMother mother;
    AuthorizationMatrix authorization;
    ConsultationMother.Sample plan;
    long closed;
    long comment;
    long published;

    @BeforeAll
    void createVisitorsAndData() {
        ConsultationMother base = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        mother = new SettlementMother(base, consultations, comments, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(base, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done (to the settlement pages), without a failure message
                .outcome(
                        'R',
                        done(location ->
                                assertThat(location).startsWith("/orp/" + STRAKONICE + "/pripominky/sprava/")));
        plan = base.plan(STRAKONICE, ConsultationMother.unique("Plán matice vypořádání"), "PUBLIC_COMMENTING");
        closed = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Matice"));
        comment = base.comment(closed, "Připomínka matice", "Jan", null);
        published = mother.published(STRAKONICE, plan, ConsultationMother.unique("Zveřejněná matice"));
    }

    static String internal(long id) {
        return "/orp/" + STRAKONICE + "/pripominky/sprava/" + id + "/vyporadani";
    }

    static String open(long id) {
        return "/orp/" + STRAKONICE + "/pripominky/" + id + "/vyporadani";
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET …/sprava/{id}/vyporadani", VIEW, () -> get(internal(closed))),
                new Case(
                        "GET …/sprava/{id}/vyporadani/{comment}",
                        EDIT_PAGE,
                        () -> get(internal(closed) + "/" + comment)),
                new Case("POST …/sprava/{id}/vyporadani/{comment}", EDIT_DONE, () -> {
                    long c = mother.base.comment(closed, "Další připomínka", null, null);
                    return post(internal(closed) + "/" + c)
                            .param("outcome", "NOTED")
                            .param("version", String.valueOf(mother.version(c)));
                }),
                new Case("POST …/sprava/{id}/vyporadani/zverejnit", EDIT_DONE, () -> {
                    long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Ke zveřejnění"));
                    long c = mother.base.comment(id, "Připomínka", null, null);
                    mother.settle(c, CommentOutcome.NOTED, null);
                    return post(internal(id) + "/zverejnit");
                }),
                new Case("GET …/{id}/vyporadani (not published)", NOBODY, () -> get(open(closed))),
                new Case("GET …/{id}/vyporadani.pdf (not published)", NOBODY, () -> get(open(closed) + ".pdf")),
                new Case("GET …/{id}/vyporadani.xlsx (not published)", NOBODY, () -> get(open(closed) + ".xlsx")),
                new Case("GET …/{id}/vyporadani (published)", EVERYONE, () -> get(open(published))),
                new Case("GET …/{id}/vyporadani.pdf (published)", EVERYONE, () -> get(open(published) + ".pdf")),
                new Case("GET …/{id}/vyporadani.xlsx (published)", EVERYONE, () -> get(open(published) + ".xlsx")),
                new Case(
                        "GET /orp/{foreign}/pripominky/{id}/vyporadani",
                        NOBODY,
                        () -> get("/orp/" + PISEK + "/pripominky/" + published + "/vyporadani")));
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
