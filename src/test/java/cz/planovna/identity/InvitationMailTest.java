package cz.planovna.identity;

import static cz.planovna.identity.UserMother.PISEK;
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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A coordinator invites a person; the person follows the e-mailed link, chooses a password, signs in. */
@IdentityWebTest
class InvitationMailTest {

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
    JdbcTemplate jdbc;

    @Test
    void theInvitedPersonSetsAPasswordThroughTheEmailedLink() throws Exception {
        UserMother mother = new UserMother(users, territory);
        TestUser coordinator = mother.districtCoordinator(PISEK);
        String email = UserMother.uniqueEmail("pozvana");

        String detail = mvc.perform(post("/admin/uzivatele/pozvat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", email)
                        .param("fullName", "Marie Pozvaná")
                        .param("role", "GROUP_MEMBER")
                        .param("districtCode", String.valueOf(PISEK)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        MimeMessage mail = MailReader.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).isEqualTo("Pozvánka do Plánovny");
        assertThat(MailReader.body(mail)).contains("Dobrý den, Marie Pozvaná,", "Pozvánka platí do ");
        String link = MailReader.linkPath(mail, "/pozvanka/");
        // only the hash of the secret in the link is stored; the link is valid for 7 days
        Duration validity = jdbc.queryForObject(
                "select created_at, expires_at from password_token where token_hash = ?",
                (rs, n) -> Duration.between(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
                PasswordTokens.hash(link.substring(link.lastIndexOf('/') + 1)));
        assertThat(validity).isEqualTo(Duration.ofDays(7));
        assertThat(logins.attempt(email, "").kind()).isEqualTo(LoginService.Outcome.Kind.BAD_CREDENTIALS);

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vítejte v Plánovně")))
                .andExpect(content().string(containsString("Dobrý den, Marie Pozvaná")));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "Moje-nove-heslo")
                        .param("confirmation", "Moje-nove-heslo"))
                .andExpect(redirectedUrl("/login?heslo"));

        assertThat(logins.attempt(email, "Moje-nove-heslo").kind()).isEqualTo(LoginService.Outcome.Kind.SUCCESS);
        mvc.perform(get(detail).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktivní")))
                .andExpect(content().string(containsString("Pozvánka přijata, heslo nastaveno")));
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }
}
