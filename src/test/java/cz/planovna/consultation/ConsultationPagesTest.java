package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static cz.planovna.consultation.ConsultationMother.VIMPERK;
import static cz.planovna.consultation.ConsultationMother.fromNewAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.consultation.ConsultationMother.Sample;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public commenting through MockMvc: the coordinator's form with its field errors, the public
 * pages, every kind of bad comment (nothing typed is lost), the rate limit, closed and prepared
 * consultations, the confirmation e-mail (GreenMail), moderation with its audit and conflicts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    static final String PUBLIC = "/orp/" + STRAKONICE + "/pripominky";
    static final String MANAGE = PUBLIC + "/sprava";

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
    ModerationRepository moderation;

    @Autowired
    TransactionTemplate tx;

    ConsultationMother mother;
    TestUser coordinator;
    LocalDate today;

    @BeforeAll
    void setUp() {
        mother = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
    }

    private Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder comment(long id, String text) {
        return comment(id, text, "jana." + UUID.randomUUID().toString().substring(0, 8) + "@example.cz");
    }

    private MockHttpServletRequestBuilder comment(long id, String text, String email) {
        return post(PUBLIC + "/" + id)
                .with(csrf())
                .with(fromNewAddress())
                .param("target", "celek")
                .param("text", text)
                .param("name", "Jana Testová")
                .param("email", email)
                .param("consent", "true");
    }

    // ---- the coordinator's form ------------------------------------------------------------------

    @Test
    void coordinatorOpensAPlanForCommentAndTheOutlineIsKept() throws Exception {
        Sample plan = mother.plan(STRAKONICE, ConsultationMother.unique("Plán formuláře"), "DRAFT");
        String title = ConsultationMother.unique("Připomínkování formuláře");
        // bad input: nothing chosen, closing before opening, bad date — each on its field, values kept
        Document refused = html(mvc.perform(post(MANAGE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", "")
                        .param("title", title)
                        .param("opensOn", today.plusDays(10).toString())
                        .param("closesOn", today.plusDays(3).toString())
                        .param("consentText", "")
                        .param("intro", "Úvod zůstane"))
                .andReturn());
        assertThat(refused.select("#document-error").text()).contains("Vyberte dokument");
        assertThat(refused.select("#closesOn-error").text()).contains("musí být až po datu zahájení");
        assertThat(refused.select("#consentText-error").text()).contains("Vyplňte informaci");
        assertThat(refused.select("#title").val()).isEqualTo(title);
        assertThat(refused.select("#intro").text()).isEqualTo("Úvod zůstane");
        Document badDate = html(mvc.perform(post(MANAGE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", "PLAN:" + plan.planId())
                        .param("title", title)
                        .param("opensOn", "32. 13. 2026")
                        .param("closesOn", today.plusDays(3).toString())
                        .param("consentText", "Souhlas"))
                .andReturn());
        assertThat(badDate.select("#opensOn-error").text()).contains("Datum zadejte ve tvaru");
        assertThat(badDate.select("#opensOn").val()).isEqualTo("32. 13. 2026");

        // a plan of another ORP is refused
        Sample foreign = mother.plan(VIMPERK, ConsultationMother.unique("Cizí plán"), "DRAFT");
        Document foreignDoc = html(mvc.perform(post(MANAGE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", "PLAN:" + foreign.planId())
                        .param("title", title)
                        .param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(14).toString())
                        .param("consentText", "Souhlas"))
                .andReturn());
        assertThat(foreignDoc.select("#document-error").text()).contains("nepatří vaší ORP");

        MvcResult created = mvc.perform(post(MANAGE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", "PLAN:" + plan.planId())
                        .param("title", title)
                        .param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(14).toString())
                        .param("consentText", "Souhlasím se zpracováním.")
                        .param("planToCommenting", "true"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String detail = created.getResponse().getRedirectedUrl();
        assertThat(detail).startsWith(MANAGE + "/");
        long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select state from strategy_plan where id = ?", String.class, plan.planId()))
                .isEqualTo("PUBLIC_COMMENTING");

        Document page = html(mvc.perform(get(PUBLIC + "/" + id)).andReturn());
        assertThat(page.select(".consultation-outline li")).hasSize(3);
        assertThat(page.select(".consultation-outline").text()).contains("1.1.1 Pečovatelská služba");
        assertThat(page.select("select#target option")).hasSize(4);
        assertThat(page.select(".consultation-state").text()).isEqualTo("Otevřené");

        // editing with an old version is a conflict
        mvc.perform(post(detail + "/upravit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", "PLAN:" + plan.planId())
                        .param("title", "Jiný název")
                        .param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(20).toString())
                        .param("consentText", "Souhlas")
                        .param("version", "99"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict());
    }

    @Test
    void coordinatorListFiltersByStateAndSortsInCzechOrder() throws Exception {
        Sample plan = mother.plan(STRAKONICE, ConsultationMother.unique("Plán seznamu"), "DRAFT");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        mother.consultation(STRAKONICE, plan, "Chodníky " + tag, today.minusDays(1), today.plusDays(9), false);
        mother.consultation(STRAKONICE, plan, "Hřiště " + tag, today.minusDays(1), today.plusDays(9), false);
        mother.consultation(STRAKONICE, plan, "Cesty " + tag, today.minusDays(20), today.minusDays(10), false);
        Document open = html(mvc.perform(get(MANAGE)
                        .param("stav", "OPEN")
                        .param("razeni", "nazev")
                        .with(coordinator.signedIn()))
                .andReturn());
        List<String> titles = open.select("tbody th a").eachText().stream()
                .filter(t -> t.endsWith(tag))
                .toList();
        assertThat(titles).containsExactly("Hřiště " + tag, "Chodníky " + tag);
        Document closed = html(mvc.perform(get(MANAGE).param("stav", "CLOSED").with(coordinator.signedIn()))
                .andReturn());
        assertThat(closed.select("tbody th a").eachText())
                .contains("Cesty " + tag)
                .doesNotContain("Hřiště " + tag);
    }

    // ---- public pages and comments -----------------------------------------------------------------

    @Test
    void publicListShowsOpenAndClosedButNeverPrepared() throws Exception {
        long open = mother.open(STRAKONICE, false);
        long closed = mother.closed(STRAKONICE);
        long prepared = mother.prepared(STRAKONICE);
        Document list = html(mvc.perform(get(PUBLIC)).andReturn());
        assertThat(list.select("a[href=" + PUBLIC + "/" + open + "]")).hasSize(1);
        assertThat(list.select("a[href=" + PUBLIC + "/" + closed + "]")).hasSize(1);
        assertThat(list.select("a[href=" + PUBLIC + "/" + prepared + "]")).isEmpty();
        Document closedPage = html(mvc.perform(get(PUBLIC + "/" + closed)).andReturn());
        assertThat(closedPage.select("form textarea#text")).isEmpty();
        assertThat(closedPage.text()).contains("Nové připomínky již nelze podat");
    }

    @Test
    void everyBadCommentKeepsWhatWasTyped() throws Exception {
        long id = mother.open(STRAKONICE, false);
        // empty text, no name, bad e-mail, no consent
        Document empty = html(mvc.perform(post(PUBLIC + "/" + id)
                        .with(csrf())
                        .with(fromNewAddress())
                        .param("target", "celek")
                        .param("text", "  ")
                        .param("email", "není-email"))
                .andReturn());
        assertThat(empty.select("#text-error").text()).contains("Napište text připomínky");
        assertThat(empty.select("#name-error").text()).contains("anonymní připomínky nepřijímá");
        assertThat(empty.select("#email-error").text()).contains("jmeno@example.cz");
        assertThat(empty.select("#consent-error").text()).contains("Bez souhlasu");
        assertThat(empty.select("#email").val()).isEqualTo("není-email");

        // only markup
        Document markup = html(
                mvc.perform(comment(id, "<script>alert('x')</script><b></b>")).andReturn());
        assertThat(markup.select("#text-error").text()).contains("jen značky HTML");
        assertThat(markup.select("#text").text()).isEqualTo("<script>alert('x')</script><b></b>");

        // a huge text: a field error with the length, the text kept
        String huge = "Dlouhá připomínka. ".repeat(220);
        Document tooLong = html(mvc.perform(comment(id, huge)).andReturn());
        assertThat(tooLong.select("#text-error").text().replace('\u00a0', ' '))
                .contains("nejvýše 4 000 znaků")
                .contains("4 179");
        assertThat(tooLong.select("#text").text()).isEqualTo(huge.strip());

        // a target that is not in the outline
        Document target = html(
                mvc.perform(comment(id, "Text").param("target", "999999999")).andReturn());
        assertThat(target.select(".error-summary").text()).contains("Vyberte část dokumentu");
        assertThat(comments.countByConsultationId(id)).isZero();
    }

    @Test
    void markupIsStoredAsTextAndAlwaysEscaped() throws Exception {
        long id = mother.open(STRAKONICE, true);
        mvc.perform(post(PUBLIC + "/" + id)
                        .with(csrf())
                        .with(fromNewAddress())
                        .param("target", "celek")
                        .param("text", "<script>alert(1)</script> Chybí <b>terénní</b> služba")
                        .param("consent", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        String page =
                mvc.perform(get(PUBLIC + "/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Chybí &lt;b&gt;terénní&lt;/b&gt; služba");
        assertThat(page).doesNotContain("<script>alert(1)");
        assertThat(Jsoup.parse(page).select(".comment-meta").text()).contains("jméno nezveřejněno");
    }

    @Test
    void aCommentIsNumberedConfirmedByMailAndListedWithConsentedNameOnly() throws Exception {
        long id = mother.open(STRAKONICE, false);
        long measure = tx.execute(
                s -> consultations.findById(id).orElseThrow().sections().get(2).nodeId());
        String email = "obcan." + UUID.randomUUID().toString().substring(0, 8) + "@example.cz";
        MvcResult sent = mvc.perform(post(PUBLIC + "/" + id)
                        .with(csrf())
                        .with(fromNewAddress())
                        .param("target", String.valueOf(measure))
                        .param("text", "Služba by měla jezdit i o víkendech.")
                        .param("name", "Karel Veřejný")
                        .param("email", "  " + email.toUpperCase() + " ")
                        .param("showName", "true")
                        .param("consent", "true"))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(PUBLIC + "/" + id + "/dekujeme");
        Document thanks = html(mvc.perform(get(PUBLIC + "/" + id + "/dekujeme").flashAttrs(sent.getFlashMap()))
                .andReturn());
        assertThat(thanks.select("h1").text()).isEqualTo("Děkujeme za připomínku");
        assertThat(thanks.text()).contains("pod číslem 1", "poslali potvrzení");

        MimeMessage mail = MailReader.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).startsWith("Potvrzení připomínky č. 1");
        String body = MailReader.body(mail);
        assertThat(body)
                .contains(
                        "pod číslem 1",
                        "1.1.1 Pečovatelská služba",
                        "Služba by měla jezdit i o víkendech.",
                        "http://localhost:8080" + PUBLIC + "/" + id);

        mvc.perform(comment(id, "Druhá připomínka bez zveřejnění jména.")).andReturn();
        Document page = html(mvc.perform(get(PUBLIC + "/" + id)).andReturn());
        assertThat(page.select(".comment-heading").eachText()).containsExactly("Připomínka č. 1", "Připomínka č. 2");
        assertThat(page.select("#pripominka-1").text()).contains("Karel Veřejný", "1.1.1 Pečovatelská služba");
        assertThat(page.select("#pripominka-2").text())
                .contains("jméno nezveřejněno")
                .doesNotContain("Jana Testová");
        assertThat(page.html()).doesNotContain(email).doesNotContain("@example.cz");
    }

    @Test
    void closedAndPreparedConsultationsRefuseCommentsWithTheTextKept() throws Exception {
        long closed = mother.closed(STRAKONICE);
        Document late = html(mvc.perform(comment(closed, "Pozdní připomínka")).andReturn());
        assertThat(late.select(".error-summary").text()).contains("Připomínkování už skončilo");
        assertThat(late.select("#text").text()).isEqualTo("Pozdní připomínka");

        long prepared = mother.prepared(STRAKONICE);
        MvcResult early = mvc.perform(comment(prepared, "Předčasná připomínka")).andReturn();
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        Document earlyPage = html(early);
        assertThat(earlyPage.text()).contains("dosud nebylo zahájeno");
        assertThat(earlyPage.select("textarea#text").text()).isEqualTo("Předčasná připomínka");
        assertThat(comments.countByConsultationId(closed) + comments.countByConsultationId(prepared))
                .isZero();
    }

    @Test
    void theEleventhCommentWithinAnHourFromOneAddressIsRefused() throws Exception {
        long id = mother.open(STRAKONICE, false);
        String email = "zaplava." + UUID.randomUUID().toString().substring(0, 8) + "@example.cz";
        for (int i = 1; i <= 10; i++) {
            mvc.perform(comment(id, "Připomínka " + i, email))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .is3xxRedirection());
        }
        MvcResult over = mvc.perform(comment(id, "Jedenáctá připomínka", email)).andReturn();
        assertThat(over.getResponse().getStatus()).isEqualTo(429);
        Document page = html(over);
        assertThat(page.select(".error-summary").text()).contains("za poslední hodinu odesláno již 10 připomínek");
        assertThat(page.select("#text").text()).isEqualTo("Jedenáctá připomínka");
        assertThat(comments.countByConsultationId(id)).isEqualTo(10);

        // the same network address with other e-mails is limited too
        var address = fromNewAddress();
        for (int i = 1; i <= 10; i++) {
            mvc.perform(comment(id, "Z jedné adresy " + i).with(address));
        }
        assertThat(mvc.perform(comment(id, "Z jedné adresy 11").with(address))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(429);
    }

    // ---- moderation --------------------------------------------------------------------------------

    @Test
    void moderatorHidesWithAReasonAndTheAuditKeepsEveryStep() throws Exception {
        long id = mother.open(STRAKONICE, true);
        long commentId = mother.comment(id, "Urážlivý text o úřednících", null, null);
        String base = MANAGE + "/" + id + "/pripominky/" + commentId;
        // no reason: refused on the form
        Document noReason = html(mvc.perform(post(base + "/skryt")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("reason", " ")
                        .param("version", String.valueOf(mother.commentVersion(commentId))))
                .andReturn());
        assertThat(noReason.select("#reason-error").text()).contains("Uveďte důvod skrytí");
        // a stale version is a conflict
        mvc.perform(post(base + "/skryt")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("reason", "Urážka")
                        .param("version", "42"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict());
        mvc.perform(post(base + "/skryt")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("reason", "Urážlivý obsah")
                        .param("version", String.valueOf(mother.commentVersion(commentId))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());

        Document publicPage = html(mvc.perform(get(PUBLIC + "/" + id)).andReturn());
        assertThat(publicPage.select(".comment").text())
                .contains("Text skryt moderátorem: Urážlivý obsah")
                .doesNotContain("Urážlivý text o úřednících");
        Document internal = html(
                mvc.perform(get(MANAGE + "/" + id).with(coordinator.signedIn())).andReturn());
        assertThat(internal.select(".comment").text()).contains("Urážlivý text o úřednících", "Urážlivý obsah");
        Document onlyHidden = html(mvc.perform(
                        get(MANAGE + "/" + id).param("viditelnost", "zobrazene").with(coordinator.signedIn()))
                .andReturn());
        assertThat(onlyHidden.select(".comment")).isEmpty();

        mvc.perform(post(base + "/zobrazit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(mother.commentVersion(commentId))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        assertThat(html(mvc.perform(get(PUBLIC + "/" + id)).andReturn())
                        .select(".comment")
                        .text())
                .contains("Urážlivý text o úřednících");
        List<ModerationEntry> log = moderation.findByCommentIdInOrderByActedAtDescIdDesc(List.of(commentId));
        assertThat(log)
                .extracting(ModerationEntry::action)
                .containsExactly(ModerationEntry.Kind.SHOWN, ModerationEntry.Kind.HIDDEN);
        assertThat(log.get(1).reason()).isEqualTo("Urážlivý obsah");
        assertThat(log.get(1).actedBy()).contains(coordinator.email());
        assertThat(comments.findById(commentId)).isPresent();
        Document audit = html(
                mvc.perform(get(MANAGE + "/" + id).with(coordinator.signedIn())).andReturn());
        assertThat(audit.select("section[aria-labelledby=moderation-heading] tbody tr"))
                .hasSize(2);
    }

    @Test
    void anActionPlanIsPutOutForCommentWithItsItems() throws Exception {
        String planTitle = ConsultationMother.unique("Plán s akčním plánem");
        Sample plan = mother.plan(STRAKONICE, planTitle, "APPROVED");
        long actionPlan = mother.actionPlan(plan);
        Document form = html(
                mvc.perform(get(MANAGE + "/nova").with(coordinator.signedIn())).andReturn());
        String value = "ACTION_PLAN:" + plan.planId() + ":" + actionPlan;
        assertThat(form.select("#document option").stream()
                        .filter(o -> o.val().equals(value))
                        .map(o -> o.text())
                        .toList())
                .containsExactly("Akční plán 2027: " + planTitle);
        MvcResult created = mvc.perform(post(MANAGE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("document", value)
                        .param("title", ConsultationMother.unique("Akční plán k připomínkám"))
                        .param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(10).toString())
                        .param("consentText", "Souhlas"))
                .andReturn();
        String detail = created.getResponse().getRedirectedUrl();
        assertThat(detail).as(created.getResponse().getContentAsString()).startsWith(MANAGE + "/");
        long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));
        Document page = html(mvc.perform(get(PUBLIC + "/" + id)).andReturn());
        assertThat(page.select(".facts").text()).contains("Akční plán na rok 2027");
        assertThat(page.select(".facts").text()).contains(planTitle);
        assertThat(page.select(".consultation-outline li strong").eachText())
                .containsExactly("1.1.1 Pečovatelská služba " + planTitle);
    }
}
