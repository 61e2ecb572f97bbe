package cz.planovna.process;

import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen subscribes to an open working group with only an e-mail: the real confirmation mail
 * through SMTP (GreenMail), its links, confirmation, the list invitations go to, unsubscribing.
 */
@ProcessWebTest
class SubscriptionJourneyMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    GroupSubscriptions subscriptions;

    @Autowired
    SubscriptionAuditRepository audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    long groupId;
    String form;

    @BeforeEach
    void setUp() {
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS odběr"));
        form = "/orp/" + STRAKONICE + "/proces/skupiny/" + groupId + "/odber";
    }

    @Test
    void subscribeConfirmReceiveAndUnsubscribe() throws Exception {
        String email = SubscriptionMother.uniqueEmail("obcan");
        mvc.perform(get(form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Souhlasím se zpracováním své e-mailové adresy")));

        subscribe("  " + email.toUpperCase() + " ");
        mvc.perform(get(form + "?odeslano"))
                .andExpect(content().string(containsString("Zkontrolujte svou e-mailovou schránku")));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).startsWith("Plánovna: potvrďte odběr pozvánek skupiny PS odběr");
        String body = mail.getContent().toString();
        assertThat(body).contains("Dobrý den,", "ORP Strakonice", "jen jednou");
        String confirm = linkPath(body, SubscriptionLinks.CONFIRM_PATH);
        String unsubscribe = linkPath(body, SubscriptionLinks.UNSUBSCRIBE_PATH);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://localhost:8080" + unsubscribe + ">");
        assertThat(subscriptions.confirmedSubscribers(groupId)).isEmpty();

        // opening the link (as a mail scanner would) confirms nothing
        mvc.perform(get(confirm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Potvrdit odběr")));
        assertThat(subscriptions.confirmedSubscribers(groupId)).isEmpty();

        MvcResult confirmed = mvc.perform(post(confirm).with(csrf()))
                .andExpect(redirectedUrl("/odber/potvrzeno"))
                .andExpect(flash().attributeExists("groupName", "orpName", "orpCode"))
                .andReturn();
        mvc.perform(get("/odber/potvrzeno").flashAttrs(confirmed.getFlashMap()))
                .andExpect(content().string(containsString("Odběr je potvrzen")))
                .andExpect(content().string(containsString("PS odběr")));
        assertThat(subscriptions.confirmedSubscribers(groupId))
                .containsExactly(new GroupSubscriptions.Subscriber(email, "http://localhost:8080" + unsubscribe));
        mvc.perform(post(confirm).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Odkaz už neplatí")));

        mvc.perform(get(unsubscribe))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zrušit odběr")));
        assertThat(subscriptions.confirmedSubscribers(groupId)).hasSize(1);
        mvc.perform(post(unsubscribe).with(csrf())).andExpect(redirectedUrl("/odber/odhlaseno"));
        mvc.perform(get("/odber/odhlaseno")).andExpect(content().string(containsString("Odběr je zrušen")));
        assertThat(subscriptions.confirmedSubscribers(groupId)).isEmpty();
        mvc.perform(post(unsubscribe).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(unsubscribe)).andExpect(status().isNotFound());

        // the address is gone; the audit keeps only its hash and a masked form
        assertThat(jdbc.queryForObject("select count(*) from group_subscription where email = ?", Integer.class, email))
                .isZero();
        assertThat(audit.findByEmailHash(SubscriptionLinks.hash(email)))
                .extracting(SubscriptionAudit::action)
                .containsExactly(SubscriptionAudit.Action.UNSUBSCRIBED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscription_audit where email_masked = ? or email_hash = ?",
                        Integer.class,
                        email,
                        email))
                .isZero();
    }

    @Test
    void theAnswerIsTheSameForNewPendingAndConfirmedAddressesAndResendingIsRateLimited() throws Exception {
        String email = SubscriptionMother.uniqueEmail("opakovane");
        subscribe(email);
        String first = linkPath(awaitMailTo(email).getContent().toString(), SubscriptionLinks.CONFIRM_PATH);

        // at once again (a double submit, or someone flooding the address): same answer, no mail
        subscribe(email);
        subscribe(email);
        assertThat(mailsAfterAWhile(email, 1)).hasSize(1);

        // ten minutes later a new link goes out and the old one stops working
        jdbc.update(
                "update group_subscription set last_sent_at = last_sent_at - interval '11' minute where email = ?",
                email);
        subscribe(email);
        List<MimeMessage> mails = mailsAfterAWhile(email, 2);
        assertThat(mails).hasSize(2);
        String second = linkPath(mails.get(1).getContent().toString(), SubscriptionLinks.CONFIRM_PATH);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(post(second).with(csrf())).andExpect(redirectedUrl("/odber/potvrzeno"));

        // a confirmed address: the same answer, and nothing is sent
        subscribe(email);
        assertThat(mailsAfterAWhile(email, 3)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from group_subscription where email = ?", Integer.class, email))
                .isEqualTo(1);
    }

    private void subscribe(String email) throws Exception {
        mvc.perform(post(form).with(csrf()).param("email", email).param("consent", "true"))
                .andExpect(redirectedUrl(form + "?odeslano"));
    }

    private MimeMessage awaitMailTo(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(recipient);
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        return fail("no e-mail to %s arrived within 10 s", recipient);
    }

    /** Mails to the address once {@code expected} arrived, or after 1.5 s (mails are sent in the background). */
    private List<MimeMessage> mailsAfterAWhile(String recipient, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 1_500;
        while (mailsTo(recipient).size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return mailsTo(recipient);
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> isFor(m, recipient))
                .toList();
    }

    private static String linkPath(String body, String prefix) {
        Matcher link = Pattern.compile("http://localhost:8080(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(body);
        if (!link.find()) {
            fail("no link %s… in the e-mail:%n%s", prefix, body);
        }
        return link.group(1);
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
