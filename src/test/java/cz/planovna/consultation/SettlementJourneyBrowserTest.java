package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole path of issue 7 item 1 in Chromium: the coordinator of Strakonice opens a draft plan for
 * public comment, a citizen comments (confirmation e-mail in GreenMail), the period ends, the
 * coordinator settles each comment (first with mistakes), publishes the table (first too early),
 * the public reads the table, and the outcome e-mail arrives. Every page passes axe.
 */
class SettlementJourneyBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    static final String PASSWORD = "Vyporadani-heslo-2026";

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

    @Test
    void aDraftGoesThroughCommentingSettlementAndPublication() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ConsultationMother base = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        ConsultationMother.Sample plan = base.plan(STRAKONICE, "Plán cesty " + suffix, "DRAFT");
        String coordinator = "koordinator.vyporadani." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                coordinator,
                "Koordinátorka Strakonice",
                PASSWORD,
                Grant.districtCoordinator(territory.districtRef(STRAKONICE).orElseThrow())));
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE);
        String title = "Připomínkování plánu " + suffix;

        // the coordinator opens the draft for comments
        login(coordinator, PASSWORD);
        open("/orp/" + STRAKONICE + "/pripominky/sprava/nova");
        new Select(find("#document")).selectByValue("PLAN:" + plan.planId());
        find("#title").sendKeys(title);
        js("arguments[0].value = arguments[1]", find("#opensOn"), today.toString());
        js(
                "arguments[0].value = arguments[1]",
                find("#closesOn"),
                today.plusDays(14).toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(currentPath()).matches("/orp/" + STRAKONICE + "/pripominky/sprava/\\d+.*");
        long id = Long.parseLong(currentPath().replaceAll("^/orp/\\d+/pripominky/sprava/(\\d+).*$", "$1"));
        logout();

        // a citizen comments on the measure
        String citizen = "jana.obcanova." + suffix + "@example.cz";
        open("/orp/" + STRAKONICE + "/pripominky/" + id);
        Select target = new Select(find("#target"));
        target.getOptions().stream()
                .filter(o -> o.getText().contains("Pečovatelská služba"))
                .findFirst()
                .orElseThrow()
                .click();
        find("#text").sendKeys("Pečovatelská služba by měla jezdit i o víkendech.");
        find("#name").sendKeys("Jana Občanová");
        find("#email").sendKeys(citizen);
        find("#consent").click();
        assertAccessible();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(MailReader.body(MailReader.awaitMailTo(greenMail, citizen))).contains("Pečovatelská služba");
        // and somebody without an e-mail on the whole document
        base.comment(id, "Plán je srozumitelný.", "Petr Veselý", null);

        // the period ends
        tx.executeWithoutResult(s -> {
            Consultation c = consultations.findById(id).orElseThrow();
            c.describe(
                    c.title(),
                    today.minusDays(20),
                    today.minusDays(1),
                    c.anonymousAllowed(),
                    c.intro(),
                    c.consentText(),
                    java.time.Instant.now());
        });

        // the coordinator settles: first publishing too early, then a missing reasoning
        login(coordinator, PASSWORD);
        String overview = "/orp/" + STRAKONICE + "/pripominky/sprava/" + id + "/vyporadani";
        open(overview);
        assertThat(heading()).isEqualTo("Vypořádání připomínek – " + title);
        assertThat(find("label[for=settlement-progress]").getText()).isEqualTo("Vypořádáno 0 z 2");
        assertAccessible();
        clickConfirmAndWaitForPage(find(".settlement-publish button[type=submit]"));
        assertThat(find("#publish-failure").getText())
                .isEqualTo("Zbývá vypořádat připomínek: 2. Tabulku lze zveřejnit až po vypořádání všech.");
        assertAccessible();
        screenshot("prehled-nezverejneno");

        clickAndWaitForPage(find("a[aria-label='Vypořádat připomínku č. 1']"));
        assertThat(heading()).isEqualTo("Vypořádání připomínky č. 1");
        find("input[name=outcome][value=PARTLY_ACCEPTED]").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .containsExactly("Napište odůvodnění. Bez něj lze připomínku jen vzít na vědomí.");
        assertThat(find("#reasoning").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("formular-chyba");
        find("#reasoning").sendKeys("Víkendové výjezdy doplněny od roku 2027.");
        new Select(find("#changedNodeId")).selectByValue(String.valueOf(plan.measureId()));
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find(".alert-success").getText()).isEqualTo("Vypořádání připomínky č. 1 je uloženo.");
        assertThat(find("label[for=settlement-progress]").getText()).isEqualTo("Vypořádáno 1 z 2");

        clickAndWaitForPage(find("a[aria-label='Vypořádat připomínku č. 2']"));
        find("input[name=outcome][value=NOTED]").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("label[for=settlement-progress]").getText()).isEqualTo("Vypořádáno 2 z 2");

        clickConfirmAndWaitForPage(find(".settlement-publish button[type=submit]"));
        assertThat(find(".alert-success").getText())
                .isEqualTo("Tabulka vypořádání je zveřejněna. Odeslaných e-mailů s výsledkem: 1.");
        assertAccessible();
        screenshot("prehled-zverejneno");
        logout();

        // the public reads the table
        open("/orp/" + STRAKONICE + "/pripominky/" + id + "/vyporadani");
        assertThat(heading()).isEqualTo("Vypořádání připomínek");
        List<String> first = texts("tbody tr:first-child td");
        assertThat(first.get(2)).isEqualTo("Pečovatelská služba by měla jezdit i o víkendech.");
        assertThat(first.get(3)).isEqualTo("přijato částečně");
        assertThat(first.get(4)).isEqualTo("Víkendové výjezdy doplněny od roku 2027.");
        assertThat(texts("tbody tr:nth-child(2) td").get(3)).isEqualTo("vzato na vědomí");
        assertThat(driver.getPageSource()).doesNotContain(citizen);
        assertAccessible();
        screenshot("verejna-tabulka");

        // the outcome e-mail
        MimeMessage outcome = awaitMail(citizen, "Vypořádání vašich připomínek");
        assertThat(MailReader.body(outcome))
                .contains("Vypořádání: přijato částečně")
                .contains("Odůvodnění: Víkendové výjezdy doplněny od roku 2027.")
                .contains("/orp/" + STRAKONICE + "/pripominky/" + id + "/vyporadani");
    }

    private List<String> texts(String css) {
        return findAll(css).stream().map(WebElement::getText).toList();
    }

    private static MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getSubject().startsWith(subjectStart)
                                    && Arrays.stream(m.getAllRecipients())
                                            .anyMatch(a -> ((InternetAddress) a)
                                                    .getAddress()
                                                    .equalsIgnoreCase(recipient));
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail '" + subjectStart + "' to " + recipient);
    }
}
