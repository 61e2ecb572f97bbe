package cz.planovna.catalogue;

import static cz.planovna.catalogue.ProviderEditMother.BLATNA;
import static cz.planovna.catalogue.ProviderEditMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.catalogue.ProviderEditMother.Imported;
import cz.planovna.catalogue.ProviderEditMother.TestUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Provider edits end to end through the web layer: a provider proposes, the ORP coordinator
 * approves or rejects with a reason, the provider gets an e-mail, the approved values win over the
 * register everywhere and survive a re-import that changes the register's value.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProviderEditsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

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
    EditProposalRepository proposals;

    ProviderEditMother mother;

    @BeforeEach
    void mother() {
        mother = new ProviderEditMother(users, territory, registerImport, queries);
    }

    @Test
    void anApprovedEditWinsOverTheRegisterAndSurvivesAReimport() throws Exception {
        Imported service = mother.service("Popis z registru, původní.");
        TestUser provider = mother.provider(service.ico());
        TestUser coordinator = mother.coordinator(PISEK);
        String word = "Zahradnictvi" + RegisterFolderMother.uniqueTag();

        // the provider sees its service and the form filled with what the public sees now
        assertThat(html(get("/katalog/poskytovatel").with(provider.signedIn())))
                .contains("Domov úprav " + service.identifier());
        String form = html(get(path(service)).with(provider.signedIn()));
        assertThat(form).contains("Popis z registru, původní.", "382 111 222");

        mvc.perform(propose(service, provider, "Nový popis od poskytovatele. " + word, "+420 382 999 888")
                        .param("openingHours", "Po–Pá 8:00–16:00"))
                .andExpect(status().isFound());
        assertThat(html(get(path(service)).with(provider.signedIn()))).contains("čeká na schválení");
        // not public yet
        assertThat(html(get("/katalog/sluzby/" + service.id()))).doesNotContain(word);

        String list = html(get(ProviderEditController.listPath(PISEK)).with(coordinator.signedIn()));
        assertThat(list).contains("Návrhy změn od poskytovatelů – ORP Písek");
        long proposal = pendingProposal(service);
        String review =
                html(get(ProviderEditController.reviewPath(PISEK, proposal)).with(coordinator.signedIn()));
        assertThat(review)
                .contains("Popis z registru, původní.", "Nový popis od poskytovatele. " + word, "+420 382 999 888");

        mvc.perform(post(ProviderEditController.reviewPath(PISEK, proposal) + "/schvalit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", "0"))
                .andExpect(status().isFound());

        MimeMessage mail = MailReader.awaitMailTo(greenMail, provider.email());
        assertThat(mail.getSubject()).contains("schválen", service.identifier());
        assertThat(MailReader.body(mail)).contains("/katalog/poskytovatel/sluzby/" + service.id());

        String detail = html(get("/katalog/sluzby/" + service.id()));
        assertThat(detail)
                .contains("Nový popis od poskytovatele. " + word, "Po–Pá 8:00–16:00", "+420 382 999 888")
                .doesNotContain("Popis z registru, původní.")
                .doesNotContain("382 111 222");
        assertThat(html(get("/katalog").param("q", word))).contains("Domov úprav " + service.identifier());
        String hsds = html(get("/api/hsds/services/" + HsdsIds.SERVICE.of(service.id())));
        assertThat(hsds).contains("Nový popis od poskytovatele. " + word).doesNotContain("Popis z registru");

        // the register changes the description: stored, the override still shown, the coordinator told
        service.json().set("popis", "Popis z registru, nový po importu.");
        mother.reimport(service);
        assertThat(queries.service(service.id()).orElseThrow().description())
                .isEqualTo("Nový popis od poskytovatele. " + word);
        assertThat(html(get("/katalog/sluzby/" + service.id()))).contains(word).doesNotContain("nový po importu");
        String overview = html(get(ProviderEditController.listPath(PISEK)).with(coordinator.signedIn()));
        assertThat(overview).contains("Registr od schválení změnil: Popis služby");
        String again =
                html(get(ProviderEditController.reviewPath(PISEK, proposal)).with(coordinator.signedIn()));
        assertThat(again)
                .contains("Popis z registru, nový po importu.", "Registr tento údaj od schválení úpravy změnil");

        // history for the provider
        assertThat(html(get(path(service)).with(provider.signedIn()))).contains("schváleno", "Test koordinator");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheProviderGetsByMail() throws Exception {
        Imported service = mother.service("Popis k zamítnutí.");
        TestUser provider = mother.provider(service.ico());
        TestUser coordinator = mother.coordinator(PISEK);
        mvc.perform(propose(service, provider, "Lepší popis.")).andExpect(status().isFound());
        long proposal = pendingProposal(service);
        String reject = ProviderEditController.reviewPath(PISEK, proposal) + "/zamitnout";

        String errors = html(post(reject)
                .with(csrf())
                .with(coordinator.signedIn())
                .param("version", "0")
                .param("reason", " "));
        assertThat(errors).contains("Při zamítnutí napište poskytovateli důvod.");

        mvc.perform(post(reject)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", "0")
                        .param("reason", "Popis neodpovídá registraci."))
                .andExpect(status().isFound());
        MimeMessage mail = MailReader.awaitMailTo(greenMail, provider.email());
        assertThat(mail.getSubject()).contains("zamítnut");
        assertThat(MailReader.body(mail)).contains("Popis neodpovídá registraci.");
        assertThat(html(get("/katalog/sluzby/" + service.id())))
                .contains("Popis k zamítnutí.")
                .doesNotContain("Lepší popis.");
        assertThat(html(get(path(service)).with(provider.signedIn())))
                .contains("zamítnuto", "Popis neodpovídá registraci.");

        // a second decision on the same proposal (e.g. another coordinator's open form) is a conflict
        mvc.perform(post(ProviderEditController.reviewPath(PISEK, proposal) + "/schvalit")
                        .with(csrf())
                        .with(mother.coordinator(PISEK).signedIn())
                        .param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsRefusedWithCzechMessagesAndNothingIsLost() throws Exception {
        Imported service = mother.service("Popis pro kontrolu vstupu.");
        TestUser provider = mother.provider(service.ico());
        String html = html(post(path(service))
                .with(csrf())
                .with(provider.signedIn())
                .param("description", "Popis <script>alert(1)</script>")
                .param("phone", "12345")
                .param("email", "neni-to-adresa")
                .param("web", "ne web"));
        assertThat(html)
                .contains("Text nesmí obsahovat značky HTML")
                .contains("Telefon zadejte jako 9 číslic")
                .contains("Zadejte platnou e-mailovou adresu")
                .contains("Zadejte webovou adresu")
                // what was typed is back in the form, escaped
                .contains(HtmlUtils.htmlEscape("Popis <script>alert(1)</script>"))
                .doesNotContain("<script>alert(1)</script>");

        String unchanged = html(post(path(service))
                .with(csrf())
                .with(provider.signedIn())
                .param("description", "Popis pro kontrolu vstupu.")
                .param("phone", "382 111 222")
                .param("email", "info@" + service.ico() + ".example.cz")
                .param("web", "https://" + service.ico() + ".example.cz"));
        assertThat(unchanged).contains("Návrh nic nemění");
    }

    @Test
    void nobodyActsOutsideTheirProviderOrOrp() throws Exception {
        Imported service = mother.service("Popis cizí služby.");
        TestUser stranger = mother.provider(ProviderEditMother.uniqueIco());
        mvc.perform(get(path(service)).with(stranger.signedIn())).andExpect(status().isForbidden());
        mvc.perform(propose(service, stranger, "Cizí návrh.")).andExpect(status().isForbidden());

        TestUser provider = mother.provider(service.ico());
        mvc.perform(propose(service, provider, "Vlastní návrh.")).andExpect(status().isFound());
        long proposal = pendingProposal(service);
        TestUser foreign = mother.coordinator(BLATNA);
        mvc.perform(get(ProviderEditController.reviewPath(PISEK, proposal)).with(foreign.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(post(ProviderEditController.reviewPath(PISEK, proposal) + "/schvalit")
                        .with(csrf())
                        .with(foreign.signedIn())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        // the proposal belongs to Písek: under another ORP's address it does not exist
        mvc.perform(get(ProviderEditController.reviewPath(BLATNA, proposal)).with(foreign.signedIn()))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder propose(Imported service, TestUser user, String description) {
        return propose(service, user, description, "382 111 222");
    }

    private MockHttpServletRequestBuilder propose(Imported service, TestUser user, String description, String phone) {
        return post(path(service))
                .with(csrf())
                .with(user.signedIn())
                .param("description", description)
                .param("phone", phone)
                .param("email", "info@" + service.ico() + ".example.cz")
                .param("web", "https://" + service.ico() + ".example.cz");
    }

    private static String path(Imported service) {
        return ProviderEditController.providerServicePath(service.id());
    }

    /** The one pending proposal of the service (the shared test database has others of Písek). */
    private long pendingProposal(Imported service) {
        List<EditProposal> pending = proposals.findByServiceIdAndState(service.id(), ProposalState.PENDING);
        assertThat(pending).hasSize(1);
        return pending.get(0).id();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
