package cz.planovna.identity;

import static cz.planovna.identity.UserMother.DOMAZLICE;
import static cz.planovna.identity.UserMother.ICO;
import static cz.planovna.identity.UserMother.JIHOCESKY;
import static cz.planovna.identity.UserMother.PISEK;
import static cz.planovna.identity.UserMother.PLZENSKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix.Persona;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every URL of the identity module (GET and POST) against every kind of visitor, with the exact
 * outcome: the page (200), done and redirected (302 elsewhere), sent to login (302 to /login) or
 * refused (403). "Own" means Písek (ORP 3108) and its Jihočeský kraj; "foreign" Domažlice (3202)
 * and the Plzeňský kraj.
 */
@IdentityWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** O = 200 page, R = 302 done (not to login), L = 302 to the login page, D = 403. */
    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        MockHttpServletRequestBuilder build(TestUser visitor) throws Exception;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    UserAccountRepository accounts;

    UserMother mother;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    TestUser pisekMember;

    @BeforeAll
    void createVisitors() {
        mother = new UserMother(users, territory);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(DOMAZLICE));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(PISEK));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(DOMAZLICE));
        visitors.put(Persona.PROVIDER, mother.providerEditor(PISEK));
        pisekMember = mother.groupMember(PISEK);
    }

    Stream<Case> cases() {
        return Stream.of(
                // public pages
                new Case("GET /", "OOOOOOOOO", v -> get("/")),
                new Case("GET /uzemi", "OOOOOOOOO", v -> get("/uzemi")),
                new Case("GET /orp/3108", "OOOOOOOOO", v -> get("/orp/3108")),
                new Case("GET /katalog", "OOOOOOOOO", v -> get("/katalog")),
                new Case("GET /katalog?q=senioru&orp=3108", "OOOOOOOOO", v -> get("/katalog?q=senioru&orp=3108")),
                new Case("GET /zivotni-situace", "OOOOOOOOO", v -> get("/zivotni-situace")),
                new Case("GET /zivotni-situace?orp=3108", "OOOOOOOOO", v -> get("/zivotni-situace?orp=3108")),
                new Case(
                        "GET /orp/3108/planovani/zivotni-situace",
                        "LOODODDDD",
                        v -> get("/orp/3108/planovani/zivotni-situace")),
                // the catalogue as HSDS JSON and its OpenAPI document: read by anyone
                new Case("GET /api/hsds/services", "OOOOOOOOO", v -> get("/api/hsds/services?orp=3108")),
                new Case("GET /v3/api-docs", "OOOOOOOOO", v -> get("/v3/api-docs")),
                new Case("GET /login", "OOOOOOOOO", v -> get("/login")),
                new Case("GET /zapomenute-heslo", "OOOOOOOOO", v -> get("/zapomenute-heslo")),
                // the own account
                new Case("GET /ucet", "LOOOOOOOO", v -> get("/ucet")),
                new Case(
                        "POST /ucet/profil",
                        "LRRRRRRRR",
                        v -> post("/ucet/profil")
                                .param("fullName", v == null ? "Nikdo" : v.fullName())
                                .param("version", String.valueOf(version(v)))),
                new Case(
                        "POST /ucet/heslo (wrong current password)",
                        "LOOOOOOOO",
                        v -> post("/ucet/heslo")
                                .param("currentPassword", "neni-to-ono-123")
                                .param("password", "nove-heslo-12345")
                                .param("confirmation", "nove-heslo-12345")),
                // members of an ORP
                new Case("GET /orp/3108/clenove", "LOODODODD", v -> get("/orp/3108/clenove")),
                // user administration
                new Case("GET /admin/uzivatele", "LOOOOODDD", v -> get("/admin/uzivatele")),
                new Case("GET /admin/uzivatele/pozvat", "LOOOOODDD", v -> get("/admin/uzivatele/pozvat")),
                new Case(
                        "GET /admin/uzivatele/{member of Písek}",
                        "LOODODDDD",
                        v -> get("/admin/uzivatele/" + pisekMember.id())),
                new Case(
                        "POST /admin/uzivatele/pozvat (member of Písek)",
                        "LRRDRDDDD",
                        v -> post("/admin/uzivatele/pozvat")
                                .param("email", UserMother.uniqueEmail("pozvany"))
                                .param("fullName", "Pozvaný Člen")
                                .param("role", "GROUP_MEMBER")
                                .param("districtCode", String.valueOf(PISEK))),
                new Case("POST /admin/uzivatele/{id}/role (provider editor in Písek)", "LRRDRDDDD", v -> {
                    TestUser target = mother.groupMember(PISEK);
                    return post("/admin/uzivatele/" + target.id() + "/role")
                            .param("role", "PROVIDER_EDITOR")
                            .param("districtCode", String.valueOf(PISEK))
                            .param("providerIco", ICO)
                            .param("version", String.valueOf(version(target)));
                }),
                new Case("POST /admin/uzivatele/{id}/role/{grant}/odebrat", "LRRDRDDDD", v -> {
                    TestUser target = mother.groupMember(PISEK);
                    RoleGrant grant = accounts.findWithGrants(target.id())
                            .orElseThrow()
                            .grants()
                            .get(0);
                    return post("/admin/uzivatele/" + target.id() + "/role/" + grant.id() + "/odebrat")
                            .param("version", String.valueOf(grant.version()));
                }),
                new Case("POST /admin/uzivatele/{id}/stav (disable)", "LRDDDDDDD", v -> {
                    TestUser target = mother.groupMember(PISEK);
                    return post("/admin/uzivatele/" + target.id() + "/stav")
                            .param("enabled", "false")
                            .param("version", String.valueOf(version(target)));
                }),
                // territories
                new Case("GET /admin/uzemi", "LOOODDDDD", v -> get("/admin/uzemi")),
                new Case("GET /admin/uzemi/3108", "LOODDDDDD", v -> get("/admin/uzemi/3108")),
                new Case("POST /admin/uzemi/3108 (unchanged)", "LRRDDDDDD", v -> {
                    DistrictDetail pisek = territory.district(PISEK).orElseThrow();
                    return post("/admin/uzemi/3108")
                            .param("active", String.valueOf(pisek.district().planningActive()))
                            .param("version", String.valueOf(pisek.version()));
                }));
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        cases().forEach(c -> {
            assertThat(c.expected()).hasSize(Persona.values().length);
            for (Persona p : Persona.values()) {
                rows.add(Arguments.of(c, p, c.expected().charAt(p.ordinal())));
            }
        });
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        TestUser visitor = visitors.get(persona);
        MockHttpServletRequestBuilder request = c.request().build(visitor);
        if (request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getMethod()
                .equals("POST")) {
            request.with(csrf());
        }
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
                assertThat(location).doesNotStartWith("/login");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }

    private long version(TestUser user) {
        return user == null ? 0 : accounts.findById(user.id()).orElseThrow().version();
    }
}
