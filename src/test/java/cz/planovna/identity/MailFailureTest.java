package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.territory.TerritoryQueries;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/** A broken SMTP server is logged, never shown to the user as an error. */
@IdentityWebTest
class MailFailureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    MessageSource messages;

    @Autowired
    CzechFormats fmt;

    @Test
    void sendingToAnUnreachableServerReportsFailureWithoutThrowing() throws Exception {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort());
        IdentityMailer mailer =
                new IdentityMailer(new Mailer(unreachable, "http://localhost:8080/", "x@localhost"), messages, fmt);
        IdentityMailer.TokenMail mail = new IdentityMailer.TokenMail(
                "jana@example.cz", "Jana", TokenPurpose.PASSWORD_RESET, "abc", Instant.now());

        assertThat(mailer.send(mail)).isFalse();
        assertThat(mailer.link(mail)).isEqualTo("http://localhost:8080/obnova-hesla/abc");
    }

    @Test
    void theResetPageAnswersAsUsualWhenNoSmtpServerRuns() throws Exception {
        // no GreenMail in this class: the test SMTP port is closed
        TestUser user = new UserMother(users, territory).withoutRole();

        mvc.perform(post("/zapomenute-heslo").with(csrf()).param("email", user.email()))
                .andExpect(redirectedUrl("/zapomenute-heslo?odeslano"));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
