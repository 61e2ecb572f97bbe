package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.PISEK;
import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator settles comments and publishes the table through the real pages: the rules
 * (before closing, missing reasoning, a foreign item, settling twice), the 409 of two coordinators,
 * publishing with comments left, the public table and exports, and the outcome e-mails (GreenMail).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementWebTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

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
    SettlementAuditRepository audits;

    @Autowired
    TransactionTemplate tx;

    SettlementMother mother;
    TestUser coordinator;
    ConsultationMother.Sample plan;

    @BeforeEach
    void setUp() {
        ConsultationMother base = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        mother = new SettlementMother(base, consultations, comments, tx);
        coordinator = base.districtCoordinator(STRAKONICE);
        plan = base.plan(STRAKONICE, ConsultationMother.unique("Plán vypořádání"), "PUBLIC_COMMENTING");
    }

    static String overview(long id) {
        return "/orp/" + STRAKONICE + "/pripominky/sprava/" + id + "/vyporadani";
    }

    @Test
    void theOverviewShowsProgressAndTheFormTheComment() throws Exception {
        long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Průběh"));
        long first = mother.base.comment(id, "Chybí odlehčovací služba.", "Jana Malá", "jana@example.cz");
        mother.base.comment(id, "Druhá připomínka.", null, null);
        mother.settle(first, CommentOutcome.ACCEPTED, "Doplněno.");

        String page = mvc.perform(get(overview(id)).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Vypořádáno 1 z 2", "Chybí odlehčovací služba.", "Jana Malá", "anonymně");
        assertThat(page).contains("Zbývá vypořádat připomínek: 1.");
        String unsettled = mvc.perform(
                        get(overview(id)).param("stav", "nevyporadane").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unsettled).contains("Druhá připomínka.").doesNotContain("Chybí odlehčovací služba.");

        String form = mvc.perform(get(overview(id) + "/" + first).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Vypořádání připomínky č. 1", "Uložit změnu vypořádání", "1.1.1 Pečovatelská služba");
    }

    @Test
    void nothingIsSettledBeforeTheClosingDate() throws Exception {
        long id = mother.open(STRAKONICE, plan, ConsultationMother.unique("Otevřené"));
        long comment = mother.base.comment(id, "Text", "Jan", null);
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "ACCEPTED")
                        .param("reasoning", "Accepted as is")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Připomínky lze vypořádat a zveřejnit až po skončení připomínkování.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Accepted as is")));
        assertThat(mother.comment(comment).outcome()).isNull();
    }

    @Test
    void aReasoningIsRequiredAndTheItemMustBeOfThePlan() throws Exception {
        long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Chyby"));
        long comment = mother.base.comment(id, "Text", "Jan", null);
        ConsultationMother.Sample other = mother.base.plan(STRAKONICE, ConsultationMother.unique("Jiný plán"), "DRAFT");
        String page = mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "PARTLY_ACCEPTED")
                        .param("reasoning", "   ")
                        .param("changedNodeId", String.valueOf(other.measureId()))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Napište odůvodnění. Bez něj lze připomínku jen vzít na vědomí.")
                .contains("Vyberte položku z plánu, ke kterému se připomínkování vztahuje.")
                .contains("aria-invalid=\"true\"");
        // "taken note of" needs no reasoning
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "NOTED")
                        .param("reasoning", "")
                        .param("changedNodeId", String.valueOf(plan.measureId()))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "consultation.settlement.notice.saved"));
        ConsultationComment settled = mother.comment(comment);
        assertThat(settled.outcome()).isEqualTo(CommentOutcome.NOTED);
        assertThat(settled.changedNodeId()).isEqualTo(plan.measureId());
        assertThat(settled.changedItemLabel()).startsWith("1.1.1 Pečovatelská služba");
        assertThat(settled.settledBy()).contains(coordinator.email());
    }

    @Test
    void settlingTwiceIsAnExplicitChangeRecordedInTheAuditAndAStaleFormIsA409() throws Exception {
        long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Dvakrát"));
        long comment = mother.base.comment(id, "Text", "Jan", null);
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "NOT_ACCEPTED")
                        .param("reasoning", "Není v rozpočtu.")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long version = mother.version(comment);

        // the same form again (no explicit change): refused, nothing changed
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "ACCEPTED")
                        .param("reasoning", "Přece ano.")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tato připomínka už je vypořádána.")));
        assertThat(mother.comment(comment).outcome()).isEqualTo(CommentOutcome.NOT_ACCEPTED);

        // an explicit change
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "ACCEPTED")
                        .param("reasoning", "Po jednání přijato.")
                        .param("change", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(mother.comment(comment).outcome()).isEqualTo(CommentOutcome.ACCEPTED);

        // a second coordinator with the form of the old version
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("outcome", "NOTED")
                        .param("change", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Po jednání přijato.")));
        assertThat(mother.comment(comment).outcome()).isEqualTo(CommentOutcome.ACCEPTED);

        var trail = tx.execute(s -> audits.findByConsultationIdOrderByActedAtDescIdDesc(id));
        assertThat(trail)
                .extracting(SettlementAudit::action)
                .containsExactly(SettlementAudit.Action.CHANGED, SettlementAudit.Action.SETTLED);
        assertThat(trail.get(0).previousOutcome()).isEqualTo(CommentOutcome.NOT_ACCEPTED);
        assertThat(trail.get(0).previousReasoning()).isEqualTo("Není v rozpočtu.");
        assertThat(trail.get(0).actedBy()).contains(coordinator.email());
    }

    @Test
    void publishingNeedsEveryCommentSettledAndMailsEachAddressOnce() throws Exception {
        String title = ConsultationMother.unique("Zveřejnění");
        long id = mother.closed(STRAKONICE, plan, title);
        String jana = "jana." + title.substring(title.length() - 8) + "@example.cz";
        String petr = "petr." + title.substring(title.length() - 8) + "@example.cz";
        long a = mother.base.comment(id, "První připomínka Jany.", "Jana", jana);
        long b = mother.base.comment(id, "Druhá připomínka Jany.", "Jana", jana.toUpperCase());
        long c = mother.base.comment(id, "Sprostá připomínka.", "Petr", petr);
        long d = mother.base.comment(id, "Bez adresy.", null, null);
        mother.hide(c, "Vulgární výrazy");
        mother.settle(a, CommentOutcome.ACCEPTED, "Doplněno do opatření.");
        mother.settle(b, CommentOutcome.NOT_ACCEPTED, "Mimo rozsah plánu.");

        String publicUrl = "/orp/" + STRAKONICE + "/pripominky/" + id + "/vyporadani";
        mvc.perform(post(overview(id) + "/zverejnit")
                        .with(coordinator.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl(overview(id)))
                .andExpect(flash().attribute("failure", "consultation.settlement.error.unsettled"))
                .andExpect(flash().attribute("failureArg", "2"));
        mvc.perform(get(publicUrl)).andExpect(status().isNotFound());
        mvc.perform(get(publicUrl + ".pdf")).andExpect(status().isNotFound());

        mother.settle(c, CommentOutcome.NOTED, null);
        mother.settle(d, CommentOutcome.NOTED, null);
        mvc.perform(post(overview(id) + "/zverejnit")
                        .with(coordinator.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl(overview(id)))
                .andExpect(flash().attribute("notice", "consultation.settlement.notice.published"))
                .andExpect(flash().attribute("noticeArg", "2"));

        MimeMessage toJana = MailReader.awaitMailTo(greenMail, jana);
        String body = MailReader.body(toJana);
        assertThat(toJana.getSubject()).startsWith("Vypořádání vašich připomínek – Plán " + title);
        assertThat(body)
                .contains("Připomínka č. 1", "Vypořádání: přijato", "Odůvodnění: Doplněno do opatření.")
                .contains("Připomínka č. 2", "Vypořádání: nepřijato", "Odůvodnění: Mimo rozsah plánu.")
                .contains(publicUrl)
                .doesNotContain("Sprostá");
        MimeMessage toPetr = MailReader.awaitMailTo(greenMail, petr);
        assertThat(MailReader.body(toPetr))
                .contains("Připomínka č. 3", "Vypořádání: vzato na vědomí")
                .doesNotContain("Sprostá připomínka.");
        assertThat(mother.comment(a).outcomeMailedAt()).isNotNull();
        assertThat(mother.comment(d).outcomeMailedAt()).isNull();

        // the public table: the moderation reason instead of the hidden text
        String page = mvc.perform(get(publicUrl))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("První připomínka Jany.", "Doplněno do opatření.", "přijato", "nepřijato")
                .contains("Text připomínky byl skryt moderátorem. Důvod: Vulgární výrazy")
                .doesNotContain("Sprostá připomínka.")
                .doesNotContain(jana);
        mvc.perform(get(publicUrl + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(publicUrl + ".xlsx")).andExpect(status().isOk());

        // publishing again mails nobody twice
        int before = greenMail.getReceivedMessages().length;
        mvc.perform(post(overview(id) + "/zverejnit")
                        .with(coordinator.signedIn())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "consultation.settlement.notice.republished"))
                .andExpect(flash().attribute("noticeArg", "0"));
        Thread.sleep(500);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).skip(before)).isEmpty();
    }

    @Test
    void aForeignCoordinatorCannotSettle() throws Exception {
        long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Cizí"));
        long comment = mother.base.comment(id, "Text", "Jan", null);
        TestUser foreign = mother.base.districtCoordinator(PISEK);
        mvc.perform(post(overview(id) + "/" + comment)
                        .with(foreign.signedIn())
                        .with(csrf())
                        .param("outcome", "NOTED")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(mother.comment(comment).outcome()).isNull();
        // the consultation under another ORP's code is not found
        mvc.perform(get("/orp/" + PISEK + "/pripominky/sprava/" + id + "/vyporadani")
                        .with(foreign.signedIn()))
                .andExpect(status().isNotFound());
    }
}
