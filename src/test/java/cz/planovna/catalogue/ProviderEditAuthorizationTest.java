package cz.planovna.catalogue;

import static cz.planovna.catalogue.ProviderEditMother.BLATNA;
import static cz.planovna.catalogue.ProviderEditMother.JIHOCESKY;
import static cz.planovna.catalogue.ProviderEditMother.PISEK;
import static cz.planovna.catalogue.ProviderEditMother.PLZENSKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.catalogue.ProviderEditMother.Imported;
import cz.planovna.catalogue.ProviderEditMother.TestUser;
import cz.planovna.identity.UserAdministration;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of provider edits against every kind of visitor. The service belongs to ORP Písek
 * (Jihočeský kraj) and to the provider of IČO X; "other provider" edits for another IČO, the
 * foreign ORP is Blatná (same kraj), the foreign kraj the Plzeňský.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderEditAuthorizationTest {

    enum Persona {
        ANONYMOUS,
        PROVIDER_OWN,
        PROVIDER_OTHER,
        DISTRICT_OWN,
        DISTRICT_FOREIGN,
        MEMBER_OWN,
        REGIONAL_OWN,
        REGIONAL_FOREIGN,
        ADMIN
    }

    /** O = 200, R = 302 done (not to login), L = 302 to the login page, D = 403. */
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

    static final String PROVIDER_PAGE = "LOODDDDDD";
    static final String OWN_PROVIDER_PAGE = "LODDDDDDD";
    static final String OWN_PROVIDER_DONE = "LRDDDDDDD";
    static final String COORDINATOR_PAGE = "LDDODDODO";
    static final String COORDINATOR_DONE = "LDDRDDRDR";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    CatalogueServiceRepository services;

    @Autowired
    EditProposalRepository proposals;

    @Autowired
    TransactionTemplate tx;

    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Imported service;
    long proposalId;

    @BeforeAll
    void createVisitorsAndData() throws Exception {
        ProviderEditMother mother = new ProviderEditMother(users, territory, registerImport, queries);
        service = mother.service("Popis pro matici oprávnění.");
        visitors.put(Persona.PROVIDER_OWN, mother.provider(service.ico()));
        visitors.put(Persona.PROVIDER_OTHER, mother.provider(ProviderEditMother.uniqueIco()));
        visitors.put(Persona.DISTRICT_OWN, mother.coordinator(PISEK));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.coordinator(BLATNA));
        visitors.put(Persona.MEMBER_OWN, mother.member(PISEK));
        visitors.put(Persona.REGIONAL_OWN, mother.regional(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regional(PLZENSKY));
        visitors.put(Persona.ADMIN, mother.admin());
        proposalId = freshProposal();
    }

    /** A pending proposal of the service, as its provider would have made it. */
    long freshProposal() {
        return tx.execute(s -> {
            CatalogueService entity = services.findById(service.id()).orElseThrow();
            return proposals
                    .save(new EditProposal(
                            entity,
                            new EditableFields(
                                    "Návrh " + RegisterFolderMother.uniqueTag(), null, null, null, null, null),
                            1,
                            "Test poskytovatel",
                            "poskytovatel@test.planovna.cz",
                            Instant.now()))
                    .id();
        });
    }

    Stream<Case> cases() {
        String mine = ProviderEditController.providerServicePath(service.id());
        return Stream.of(
                new Case("GET /katalog/poskytovatel", PROVIDER_PAGE, () -> get(ProviderEditController.PROVIDER_PATH)),
                new Case("GET /katalog/poskytovatel/sluzby/{id}", OWN_PROVIDER_PAGE, () -> get(mine)),
                new Case(
                        "POST /katalog/poskytovatel/sluzby/{id}",
                        OWN_PROVIDER_DONE,
                        () -> post(mine)
                                .param("description", "Matice " + RegisterFolderMother.uniqueTag())
                                .param("phone", "382 111 222")),
                new Case(
                        "GET /orp/{code}/planovani/katalog/navrhy",
                        COORDINATOR_PAGE,
                        () -> get(ProviderEditController.listPath(PISEK))),
                new Case(
                        "GET /orp/{code}/planovani/katalog/navrhy/{id}",
                        COORDINATOR_PAGE,
                        () -> get(ProviderEditController.reviewPath(PISEK, proposalId))),
                new Case(
                        "POST …/navrhy/{id}/schvalit",
                        COORDINATOR_DONE,
                        () -> post(ProviderEditController.reviewPath(PISEK, freshProposal()) + "/schvalit")
                                .param("version", "0")),
                new Case(
                        "POST …/navrhy/{id}/zamitnout",
                        COORDINATOR_DONE,
                        () -> post(ProviderEditController.reviewPath(PISEK, freshProposal()) + "/zamitnout")
                                .param("version", "0")
                                .param("reason", "Matice")));
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
        MockHttpServletRequestBuilder request = c.request().build();
        if (request.buildRequest(new MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/login");
            }
            case 'R' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).matches("/katalog/poskytovatel/.*|/orp/" + PISEK + "/.*");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
