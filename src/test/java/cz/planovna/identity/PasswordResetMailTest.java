package cz.planovna.identity;

import static cz.planovna.identity.UserMother.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** "Forgotten password" end to end: the real e-mail through SMTP (GreenMail), its link, the new password. */
@IdentityWebTest
class PasswordResetMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    LoginService logins;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuditRepository audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    UserMother mother;
    TestUser user;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
        user = mother.withPassword();
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnce() throws Exception {
        requestReset(user.email().toUpperCase());
        mvc.perform(get("/zapomenute-heslo?odeslano"))
                .andExpect(content().string(containsString("Pokud v Plánovně existuje účet s tímto e-mailem")));

        MimeMessage mail = MailReader.awaitMailTo(greenMail, user.email());
        assertThat(mail.getSubject()).isEqualTo("Plánovna: nastavení nového hesla");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("planovna@localhost");
        assertThat(MailReader.body(mail)).contains("Dobrý den, " + user.fullName() + ",", "lze jej použít jen jednou");
        String link = MailReader.linkPath(mail, "/obnova-hesla/");

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nastavení nového hesla")))
                .andExpect(content().string(containsString(user.email())));
        mvc.perform(post(link).with(csrf()).param("password", "Nove-heslo-2027").param("confirmation", "jine-heslo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hesla se neshodují")));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "Nove-heslo-2027")
                        .param("confirmation", "Nove-heslo-2027"))
                .andExpect(redirectedUrl("/login?heslo"));

        assertThat(logins.attempt(user.email(), "Nove-heslo-2027").kind()).isEqualTo(LoginService.Outcome.Kind.SUCCESS);
        assertThat(logins.attempt(user.email(), PASSWORD).kind()).isEqualTo(LoginService.Outcome.Kind.BAD_CREDENTIALS);
        mvc.perform(get(link))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Odkaz už neplatí")));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "Treti-heslo-2027")
                        .param("confirmation", "Treti-heslo-2027"))
                .andExpect(status().isNotFound());
        assertThat(audit.findLatest(user.id(), PageRequest.of(0, 10)))
                .extracting(AuditEntry::action)
                .contains(AuditAction.PASSWORD_RESET_REQUESTED, AuditAction.PASSWORD_RESET_COMPLETED);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        requestReset(UserMother.uniqueEmail("nikdo"));

        assertThat(greenMail.waitForIncomingEmail(1500, 1)).isFalse();
    }

    @Test
    void anInvalidEmailIsExplained() throws Exception {
        mvc.perform(post("/zapomenute-heslo").with(csrf()).param("email", "neni-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zadejte e-mail ve tvaru jmeno@domena.cz.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void anExpiredLinkIsRefusedWithAWayForward() throws Exception {
        requestReset(user.email());
        String link = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");
        String hash = PasswordTokens.hash(link.substring(link.lastIndexOf('/') + 1));
        jdbc.update(
                "update password_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                hash);

        mvc.perform(get(link))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Odkaz už neplatí")))
                .andExpect(content().string(containsString("href=\"/zapomenute-heslo\"")));
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() throws Exception {
        requestReset(user.email());
        String first = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");
        greenMail.purgeEmailFromAllMailboxes();
        issuedMinutesAgo(first, 2);
        requestReset(user.email());
        String second = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
    }

    @Test
    void repeatedRequestsWithinAMinuteSendOneEmail() throws Exception {
        requestReset(user.email());
        String first = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");

        requestReset(user.email());
        requestReset(user.email());

        assertThat(greenMail.waitForIncomingEmail(1500, 2)).isFalse();
        mvc.perform(get(first)).andExpect(status().isOk());
    }

    @Test
    void aResetLinkIsNoInvitation() throws Exception {
        requestReset(user.email());
        String link = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");

        mvc.perform(get(link.replace("/obnova-hesla/", "/pozvanka/"))).andExpect(status().isNotFound());
    }

    @Test
    void settingANewPasswordEndsALockout() throws Exception {
        transactions.executeWithoutResult(tx -> accounts.findById(user.id())
                .orElseThrow()
                .recordLoginCounter(new LoginCounter(0, Instant.now().plusSeconds(600))));
        assertThat(logins.attempt(user.email(), PASSWORD).kind()).isEqualTo(LoginService.Outcome.Kind.LOCKED);
        requestReset(user.email());
        String link = MailReader.linkPath(MailReader.awaitMailTo(greenMail, user.email()), "/obnova-hesla/");

        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "Nove-heslo-2027")
                        .param("confirmation", "Nove-heslo-2027"))
                .andExpect(redirectedUrl("/login?heslo"));

        assertThat(logins.attempt(user.email(), "Nove-heslo-2027").kind()).isEqualTo(LoginService.Outcome.Kind.SUCCESS);
    }

    private void issuedMinutesAgo(String link, int minutes) {
        jdbc.update(
                "update password_token set created_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60L * minutes)),
                PasswordTokens.hash(link.substring(link.lastIndexOf('/') + 1)));
    }

    private void requestReset(String email) throws Exception {
        mvc.perform(post("/zapomenute-heslo").with(csrf()).param("email", email))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/zapomenute-heslo?odeslano"));
    }
}
