package cz.planovna.monitoring;

import static cz.planovna.monitoring.MonitoringMother.JIHOCESKY;
import static cz.planovna.monitoring.MonitoringMother.PLZENSKY;
import static cz.planovna.monitoring.MonitoringMother.STRAKONICE;
import static cz.planovna.monitoring.MonitoringMother.TABOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.MonitoringMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every monitoring URL (GET and POST) against every kind of visitor with the exact outcome: own
 * ORP Strakonice (3111) and its Jihočeský kraj, foreign ORP Tábor, foreign Plzeňský kraj. The
 * regional coordinator of the ORP's kraj may read and edit; a group member only reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringAuthorizationTest {

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

    /** O = 200, R = 302 done (back to the planning pages), L = 302 to login, D = 403, N = 404. */
    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";
    static final String VIEW = "LOODODODD";
    static final String EDIT_PAGE = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    MonitoringMother mother;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Sample plan;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new MonitoringMother(users, territory, jdbc);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(TABOR));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(TABOR));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
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
        List<Arguments> all = new ArrayList<>();
        cases().forEach(c -> {
            for (Persona p : Persona.values()) {
                all.add(Arguments.of(c, p, c.expected().charAt(p.ordinal())));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = c.request().build();
        if (request.buildRequest(new MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }

        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();

        String location = response.getRedirectedUrl();
        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'N' -> assertThat(response.getStatus()).isEqualTo(404);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).isEqualTo("/login");
            }
            case 'R' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).startsWith(BASE);
                assertThat(result.getFlashMap().get("notice")).isEqualTo("monitoring.notice.saved");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
