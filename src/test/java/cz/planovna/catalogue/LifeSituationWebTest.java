package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.catalogue.RegisterFolderMother.ServiceJson;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ArrayNode;

/**
 * Life situations: the public list and detail with the matching services of the ORP, and the
 * coordinator's editing with validation, optimistic locking and permissions. Strakonice (3111)
 * is this test's ORP: the demo data write Písek and Blatná.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifeSituationWebTest {

    static final int STRAKONICE = 3111;
    static final int OBEC_STRAKONICE = 550787;
    static final int PRACHATICE = 3109;
    static final String SHELTER = "DruhSocialniSluzby/27";
    static final String ADMIN = "/orp/3111/planovani/zivotni-situace";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    LifeSituations situations;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    String tag;
    String coordinator;
    String foreignCoordinator;

    @BeforeAll
    void importServicesAndCreateUsers() throws Exception {
        tag = "ls" + RegisterFolderMother.uniqueTag();
        ServiceJson shelter = inStrakonice(RegisterFolderMother.service(tag + "-noclehárna")
                .set("nazev", "Aaa noclehárna " + tag)
                .type(SHELTER));
        ServiceJson home =
                inStrakonice(RegisterFolderMother.service(tag + "-domov").set("nazev", "Aaa domov " + tag));
        ImportReport report = registerImport.importFolder(
                RegisterFolderMother.folder(Files.createTempDirectory("situace"), List.of(shelter, home)));
        assertThat(report.applied()).isTrue();
        coordinator = newUser(Grant.districtCoordinator(orp(STRAKONICE)));
        foreignCoordinator = newUser(Grant.districtCoordinator(orp(3108)));
    }

    private static ServiceJson inStrakonice(ServiceJson service) {
        ((ArrayNode) service.node().get("zarizeni")).removeAll();
        return service.facility("Zařízení", OBEC_STRAKONICE);
    }

    private TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    private String newUser(Grant grant) {
        String email = "situace." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        users.createUser(new NewUser(email, "Test Situace", null, List.of(grant)));
        return email;
    }

    private long situation(String title, List<String> types, List<String> groups) {
        return situations.create(
                STRAKONICE,
                orp(STRAKONICE).regionCode(),
                new LifeSituationContent(title, "První odstavec odpovědi.\n\nDruhý odstavec.", 5, types, groups));
    }

    private String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    // ---- public ---------------------------------------------------------------------------------

    @Test
    void theDetailShowsTheAnswerAndTheMatchingServicesOfTheOrp() throws Exception {
        long id = situation("Nemám kde spát " + tag, List.of(SHELTER), List.of());

        String list =
                html(mvc.perform(get("/zivotni-situace?orp=" + STRAKONICE)).andExpect(status().isOk()));
        assertThat(list).contains("Nemám kde spát " + tag).contains("/zivotni-situace/" + id);

        String detail = html(mvc.perform(get("/zivotni-situace/" + id)).andExpect(status().isOk()));
        assertThat(detail)
                .contains("<p>První odstavec odpovědi.</p>")
                .contains("<p>Druhý odstavec.</p>")
                .contains("Aaa noclehárna " + tag)
                .doesNotContain("Aaa domov " + tag)
                .contains("/katalog?druh=DruhSocialniSluzby%2F27&amp;orp=3111")
                .contains("noclehárny");

        String picker = html(mvc.perform(get("/zivotni-situace")).andExpect(status().isOk()));
        assertThat(picker).contains("Strakonice").contains("/zivotni-situace?orp=3111");
    }

    @Test
    void aSituationOfATargetGroupShowsItsServices() throws Exception {
        long id = situation("Stárnu " + tag, List.of(), List.of("CilovaSkupinaOsoby/24"));
        String detail = html(mvc.perform(get("/zivotni-situace/" + id)).andExpect(status().isOk()));
        assertThat(detail).contains("Aaa domov " + tag).contains("skupina=CilovaSkupinaOsoby%2F24");
    }

    @Test
    void emptyStatesAreCzech() throws Exception {
        String none =
                html(mvc.perform(get("/zivotni-situace?orp=" + PRACHATICE)).andExpect(status().isOk()));
        assertThat(none).contains("Pro ORP Prachatice zatím nejsou životní situace zapsány.");

        long id = situation("Potřebuji tlumočníka " + tag, List.of("DruhSocialniSluzby/19"), List.of());
        String detail = html(mvc.perform(get("/zivotni-situace/" + id)).andExpect(status().isOk()));
        assertThat(detail).contains("V ORP Strakonice zatím nenacházíme odpovídající služby.");

        String unknownOrp = html(mvc.perform(get("/zivotni-situace?orp=abc")).andExpect(status().isOk()));
        assertThat(unknownOrp).contains("Vyberte své ORP");
    }

    @Test
    void textIsEscaped() throws Exception {
        long id = situation("<script>alert('x')</script> " + tag, List.of(SHELTER), List.of());
        String list =
                html(mvc.perform(get("/zivotni-situace?orp=" + STRAKONICE)).andExpect(status().isOk()));
        String detail = html(mvc.perform(get("/zivotni-situace/" + id)).andExpect(status().isOk()));
        for (String page : List.of(list, detail)) {
            assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        }
    }

    @Test
    void anUnknownSituationIsNotFound() throws Exception {
        mvc.perform(get("/zivotni-situace/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/zivotni-situace/abc")).andExpect(status().isNotFound());
    }

    // ---- coordinator ----------------------------------------------------------------------------

    @Test
    void theCoordinatorCreatesEditsAndDeletesASituation() throws Exception {
        String title = "Máme dluhy " + tag;
        mvc.perform(post(ADMIN + "/nova")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", title)
                        .param("answer", "Obraťte se na poradnu.")
                        .param("sortOrder", "3")
                        .param("serviceTypes", "DruhSocialniSluzby/2", "Neexistujici/1")
                        .param("targetGroups", "CilovaSkupinaOsoby/19"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ADMIN));
        LifeSituationView created = situations.ofDistrict(STRAKONICE).stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(created.serviceTypeCodes()).containsExactly("DruhSocialniSluzby/2");
        assertThat(created.targetGroupCodes()).containsExactly("CilovaSkupinaOsoby/19");

        String list = html(mvc.perform(get(ADMIN).with(user(coordinator))).andExpect(status().isOk()));
        assertThat(list).contains(title);
        String form = html(mvc.perform(get(ADMIN + "/" + created.id()).with(user(coordinator)))
                .andExpect(status().isOk()));
        // attribute values escape the non-ASCII letters
        assertThat(form).contains("dluhy " + tag + "\"").contains("<fieldset").contains("<legend");

        mvc.perform(post(ADMIN + "/" + created.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", title + " (upraveno)")
                        .param("answer", "Nová odpověď.")
                        .param("sortOrder", "1")
                        .param("serviceTypes", "DruhSocialniSluzby/2")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(situations.situation(created.id()).orElseThrow().title()).isEqualTo(title + " (upraveno)");

        // a second tab with the old version
        mvc.perform(post(ADMIN + "/" + created.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Starý stav")
                        .param("answer", "Stará odpověď.")
                        .param("serviceTypes", "DruhSocialniSluzby/2")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isConflict());
        mvc.perform(post(ADMIN + "/" + created.id() + "/smazat")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isConflict());

        long version = situations.situation(created.id()).orElseThrow().version();
        String confirm =
                html(mvc.perform(get(ADMIN + "/" + created.id() + "/smazat").with(user(coordinator)))
                        .andExpect(status().isOk()));
        assertThat(confirm).contains("Ano, smazat");
        mvc.perform(post(ADMIN + "/" + created.id() + "/smazat")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(situations.situation(created.id())).isEmpty();
        mvc.perform(get("/zivotni-situace/" + created.id())).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsShownWithCzechErrorsAndNothingIsSaved() throws Exception {
        int before = situations.ofDistrict(STRAKONICE).size();
        String page = html(mvc.perform(post(ADMIN + "/nova")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", " ")
                        .param("answer", "")
                        .param("sortOrder", "první"))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("Vyplňte otázku.")
                .contains("Vyplňte odpověď.")
                .contains("Pořadí musí být celé číslo od 0 do 9999.")
                .contains("Vyberte alespoň jeden druh služby nebo cílovou skupinu.")
                .contains("aria-invalid=\"true\"");
        String tooLong = html(mvc.perform(post(ADMIN + "/nova")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "x".repeat(201))
                        .param("answer", "Odpověď")
                        .param("serviceTypes", SHELTER))
                .andExpect(status().isOk()));
        assertThat(tooLong).contains("Otázka může mít nejvýše 200 znaků.");
        assertThat(situations.ofDistrict(STRAKONICE)).hasSize(before);
    }

    @Test
    void onlyTheCoordinatorOfTheOrpEdits() throws Exception {
        long id = situation("Cizí " + tag, List.of(SHELTER), List.of());
        // the public is sent to sign in
        mvc.perform(get(ADMIN)).andExpect(status().is3xxRedirection());
        mvc.perform(post(ADMIN + "/" + id + "/smazat").with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        // a coordinator of another ORP
        for (String url : List.of(ADMIN, ADMIN + "/nova", ADMIN + "/" + id, ADMIN + "/" + id + "/smazat")) {
            mvc.perform(get(url).with(user(foreignCoordinator))).andExpect(status().isForbidden());
        }
        mvc.perform(post(ADMIN + "/" + id + "/smazat")
                        .with(user(foreignCoordinator))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(ADMIN + "/nova")
                        .with(user(foreignCoordinator))
                        .with(csrf())
                        .param("title", "Vetřelec")
                        .param("answer", "x")
                        .param("serviceTypes", SHELTER))
                .andExpect(status().isForbidden());
        // nor through its own ORP's address
        mvc.perform(get("/orp/3108/planovani/zivotni-situace/" + id).with(user(foreignCoordinator)))
                .andExpect(status().isNotFound());
        assertThat(situations.situation(id)).isPresent();
        // the own coordinator
        String planning = html(
                mvc.perform(get("/orp/3111/planovani").with(user(coordinator))).andExpect(status().isOk()));
        assertThat(planning).contains("href=\"" + ADMIN + "\"");
        mvc.perform(get(ADMIN + "/" + id).with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(get(ADMIN + "/" + id + "/smazat").with(user(coordinator))).andExpect(status().isOk());
    }
}
