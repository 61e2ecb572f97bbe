package cz.planovna.process;

import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen subscribes to an open working group of ORP Strakonice in Chromium — first with
 * mistakes, then properly — confirms from the e-mail and later unsubscribes; the coordinator sees
 * the subscriber and the GDPR page. Every page passes axe (WCAG 2.1 AA).
 */
class SubscriptionJourneyBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    static final String PASSWORD = "Odber-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCitizenSubscribesConfirmsAndUnsubscribesAndTheCoordinatorSeesIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String groupName = "Senioři a zdravotně postižení " + suffix;
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        long groupId = mother.workingGroup(STRAKONICE, groupName);
        String email = "jana.odberatelka." + suffix + "@example.cz";

        open("/orp/" + STRAKONICE + "/proces");
        assertAccessible();
        screenshot("verejna-stranka");
        clickAndWaitForPage(find("a[aria-label='Odebírat pozvánky skupiny " + groupName + " e-mailem']"));
        assertThat(heading()).isEqualTo("Pozvánky skupiny " + groupName + " e-mailem");
        assertAccessible();
        screenshot("formular");

        // first without consent and with a broken address
        find("#email").sendKeys("jana.odberatelka");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .containsExactly(
                        "Zadejte e-mail ve tvaru jmeno@example.cz.",
                        "Bez souhlasu se zpracováním adresy vám pozvánky posílat nemůžeme. Zaškrtněte souhlas.");
        assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#consent").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("formular-chyby");

        find("#email").clear();
        find("#email").sendKeys(email);
        find("#consent").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success h2").getText()).isEqualTo("Zkontrolujte svou e-mailovou schránku");
        assertThat(findAll("main form")).isEmpty();
        assertAccessible();
        screenshot("odeslano");

        // the link from the e-mail: a page with a button, then the thank-you page
        String body = awaitMailTo(email).getContent().toString();
        open(linkPath(body, SubscriptionLinks.CONFIRM_PATH));
        assertThat(heading()).isEqualTo("Potvrzení odběru pozvánek");
        assertAccessible();
        screenshot("potvrzeni");
        clickAndWaitForPage(find("main form button"));
        assertThat(heading()).isEqualTo("Odběr je potvrzen");
        assertThat(find("main .lead").getText()).contains(groupName, "Strakonice");
        assertAccessible();
        screenshot("potvrzeno");

        // the coordinator sees the subscriber and the GDPR page
        String coordinator = "koordinator.odber." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                coordinator,
                "Koordinátorka Strakonice",
                PASSWORD,
                Grant.districtCoordinator(territory.districtRef(STRAKONICE).orElseThrow())));
        login(coordinator, PASSWORD);
        open("/orp/" + STRAKONICE + "/planovani/skupiny/" + groupId);
        clickLink("Odběratelé pozvánek");
        assertThat(texts("main tbody th")).containsExactly(email);
        assertThat(texts("main tbody td").get(0)).isEqualTo("potvrzen");
        assertAccessible();
        screenshot("odberatele");
        clickLink("Odebrat");
        assertThat(heading()).isEqualTo("Odebrat odběratele");
        assertAccessible();
        screenshot("odebrat");
        clickLink("Zpět bez změny");
        clickLink("Osobní údaje odběratelů (GDPR)");
        find("#email").sendKeys(email);
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts("main table tbody th")).contains(groupName);
        assertAccessible();
        screenshot("gdpr");
        logout();

        // unsubscribing from the link every mail carries
        open(linkPath(body, SubscriptionLinks.UNSUBSCRIBE_PATH));
        assertThat(heading()).isEqualTo("Zrušení odběru pozvánek");
        assertAccessible();
        clickAndWaitForPage(find("main form button"));
        assertThat(heading()).isEqualTo("Odběr je zrušen");
        assertAccessible();
        screenshot("odhlaseno");
        open(linkPath(body, SubscriptionLinks.UNSUBSCRIBE_PATH));
        assertThat(heading()).isEqualTo("Odkaz už neplatí");
        assertAccessible();
        screenshot("odkaz-neplati");
    }

    private List<String> texts(String cssSelector) {
        return findAll(cssSelector).stream().map(WebElement::getText).toList();
    }

    private MimeMessage awaitMailTo(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        return fail("no e-mail to %s arrived within 10 s", recipient);
    }

    private static String linkPath(String body, String prefix) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(body);
        if (!link.find()) {
            fail("no link %s… in the e-mail:%n%s", prefix, body);
        }
        return link.group(1);
    }
}
