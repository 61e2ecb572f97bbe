package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every URL of the register import against every kind of visitor. The import is national, so
 * "own" and "foreign" territory (Písek and its Jihočeský kraj / Domažlice and the Plzeňský kraj)
 * must make no difference: only a system administrator gets in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAdminAuthorizationTest {

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

    /** O = 200, B = 400 (the form answers), L = 302 to the login page, D = 403. In Persona order. */
    static final String PAGE = "LODDDDDDD";

    static final String UPLOAD = "LBDDDDDDD";

    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build();
    }

    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    ImportRuns runs;

    final Map<Persona, String> emails = new EnumMap<>(Persona.class);
    long runId;

    @BeforeAll
    void visitorsAndARun() {
        String tag = RegisterFolderMother.uniqueTag();
        var pisek = territory.districtRef(3108).orElseThrow();
        var domazlice = territory.districtRef(3202).orElseThrow();
        var jihocesky = territory.regionRef(3034).orElseThrow();
        var plzensky = territory.regionRef(3042).orElseThrow();
        Map<Persona, Grant> grants = new EnumMap<>(Persona.class);
        grants.put(Persona.ADMIN, Grant.systemAdmin());
        grants.put(Persona.REGIONAL_OWN, Grant.regionalCoordinator(jihocesky));
        grants.put(Persona.REGIONAL_FOREIGN, Grant.regionalCoordinator(plzensky));
        grants.put(Persona.DISTRICT_OWN, Grant.districtCoordinator(pisek));
        grants.put(Persona.DISTRICT_FOREIGN, Grant.districtCoordinator(domazlice));
        grants.put(Persona.MEMBER_OWN, Grant.groupMember(pisek));
        grants.put(Persona.MEMBER_FOREIGN, Grant.groupMember(domazlice));
        grants.put(Persona.PROVIDER, Grant.providerEditor("70890650", pisek));
        grants.forEach((persona, grant) -> {
            String email = persona.name().toLowerCase().replace('_', '.') + "." + tag + "@test.planovna.cz";
            users.createUser(new NewUser(email, "Návštěvník " + persona, null, List.of(grant)));
            emails.put(persona, email);
        });
        runId = runs.start("autorizace-" + tag + ".zip");
        runs.notApplied(runId, ImportStatus.REFUSED, RefusalReason.TRUNCATED, "test", List.of());
    }

    Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        String base = ImportAdminController.PATH;
        cases.add(new Case("GET overview", PAGE, () -> get(base)));
        cases.add(new Case("GET overview page 2", PAGE, () -> get(base).param("strana", "2")));
        cases.add(new Case("GET run", PAGE, () -> get(base + "/" + runId)));
        cases.add(new Case(
                "GET run progress",
                PAGE,
                () -> get(base + "/" + runId + "/prubeh").header("HX-Request", "true")));
        // a file that is not a ZIP: reaches the form (400) without starting an import
        cases.add(new Case(
                "POST upload",
                UPLOAD,
                () -> multipart(base)
                        .file(new MockMultipartFile(
                                "soubor", "rpss.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyVisitorGetsExactlyWhatThePolicySays(Case c) throws Exception {
        StringBuilder actual = new StringBuilder();
        for (Persona persona : Persona.values()) {
            AbstractMockHttpServletRequestBuilder<?> request = c.request().build();
            if (persona != Persona.ANONYMOUS) {
                request.with(user(emails.get(persona)));
            }
            actual.append(outcome(mvc.perform(request).andReturn().getResponse()));
        }
        assertThat(actual.toString())
                .as(c.name() + " for " + List.of(Persona.values()))
                .isEqualTo(c.expected());
    }

    @Test
    void uploadsWithoutACsrfTokenAreRefusedEvenForTheAdministrator() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(ImportAdminController.PATH)
                        .file(new MockMultipartFile("soubor", "export.zip", "application/zip", new byte[] {1}))
                        .with(user(emails.get(Persona.ADMIN))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    private static char outcome(MockHttpServletResponse response) {
        return switch (response.getStatus()) {
            case 200 -> 'O';
            case 400 -> 'B';
            case 403 -> 'D';
            case 302 ->
                response.getRedirectedUrl() != null
                                && response.getRedirectedUrl().endsWith("/login")
                        ? 'L'
                        : 'R';
            default -> (char) ('0' + response.getStatus() / 100);
        };
    }
}
