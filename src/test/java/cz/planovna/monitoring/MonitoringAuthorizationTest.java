package cz.planovna.monitoring;

import static cz.planovna.monitoring.MonitoringMother.JIHOCESKY;
import static cz.planovna.monitoring.MonitoringMother.PLZENSKY;
import static cz.planovna.monitoring.MonitoringMother.STRAKONICE;
import static cz.planovna.monitoring.MonitoringMother.TABOR;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.MonitoringMother.Sample;
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

/**
 * Every monitoring URL (GET and POST) against every kind of visitor with the exact outcome: own
 * ORP Strakonice (3111) and its Jihočeský kraj, foreign ORP Tábor, foreign Plzeňský kraj. The
 * regional coordinator of the ORP's kraj may read and edit; a group member only reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringAuthorizationTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    MonitoringMother mother;
    AuthorizationMatrix authorization;
    Sample plan;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new MonitoringMother(users, territory, jdbc);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, TABOR, JIHOCESKY, PLZENSKY)
                // R = 302 done, back to the planning pages with the notice "saved"
                .outcome('R', result -> {
                    redirect(location -> assertThat(location).startsWith(BASE)).verify(result);
                    assertThat(result.getFlashMap().get("notice")).isEqualTo("monitoring.notice.saved");
                });
        plan = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring matice"), "IN_FORCE");
    }

    private static String monitoring(long planId) {
        return BASE + "/plany/" + planId + "/monitoring";
    }

    Stream<Case> cases() {
        String base = monitoring(plan.planId());
        return Stream.of(
                new Case("GET …/monitoring", VIEW, () -> get(base)),
                new Case("GET …/monitoring?rok=2021", VIEW, () -> get(base).param("rok", "2021")),
                new Case("GET …/monitoring/{year}", EDIT_PAGE, () -> get(base + "/2020")),
                new Case("GET …/monitoring/zmeny", VIEW, () -> get(base + "/zmeny")),
                new Case("POST …/monitoring/{year}/opatreni/{id}", EDIT_DONE, () -> {
                    Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring matice"), "DRAFT");
                    return post(monitoring(s.planId()) + "/2020/opatreni/" + s.measureB())
                            .param("items[0].nodeId", String.valueOf(s.measureB()))
                            .param("items[0].state", "RUNNING");
                }),
                new Case(
                        "GET …/monitoring (plan of another ORP under this ORP)",
                        notFoundOrRefused(),
                        () -> get(BASE + "/plany/" + otherOrpPlan() + "/monitoring")));
    }

    /** A plan of Tábor asked for under Strakonice: refused like Strakonice, else not found. */
    private static String notFoundOrRefused() {
        return "LNNDNDNDD";
    }

    private Long otherPlan;

    private long otherOrpPlan() {
        if (otherPlan == null) {
            otherPlan = mother.plan(TABOR, MonitoringMother.unique("Monitoring Tábor"), "DRAFT")
                    .planId();
        }
        return otherPlan;
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
