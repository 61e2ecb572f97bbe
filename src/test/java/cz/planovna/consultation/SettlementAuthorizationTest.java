package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.JIHOCESKY;
import static cz.planovna.consultation.ConsultationMother.PISEK;
import static cz.planovna.consultation.ConsultationMother.PLZENSKY;
import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
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

    /** O = 200, R = 302 done (back to the overview, no refusal), L = 302 to login, D = 403, N = 404. */
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

    static final String VIEW = "LOODODODD";
    static final String EDIT_PAGE = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";
    static final String EVERYONE = "OOOOOOOOO";
    static final String NOBODY = "NNNNNNNNN";

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
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    ConsultationMother.Sample plan;
    long closed;
    long comment;
    long published;

    @BeforeAll
    void createVisitorsAndData() {
        ConsultationMother base = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        mother = new SettlementMother(base, consultations, comments, tx);
        visitors.put(Persona.ADMIN, base.admin());
        visitors.put(Persona.REGIONAL_OWN, base.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, base.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, base.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, base.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, base.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, base.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, base.providerEditor(STRAKONICE));
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
                assertThat(location).startsWith("/orp/" + STRAKONICE + "/pripominky/sprava/");
                assertThat(result.getFlashMap().get("failure"))
                        .as("refused: " + result.getFlashMap())
                        .isNull();
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
