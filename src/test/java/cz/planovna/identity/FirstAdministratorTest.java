package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A new installation gets its first administrator by an e-mailed invitation, and only once. */
@IdentityWebTest
class FirstAdministratorTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Test
    void theFirstAdministratorIsInvitedByEmailWithoutAPassword() throws Exception {
        String email = UserMother.uniqueEmail("prvni-spravce");

        firstAdministrator.invite(email, "První Správce");

        long id = users.findIdByEmail(email).orElseThrow();
        assertThat(currentUsers.byId(id))
                .hasValueSatisfying(user -> assertThat(user.isAdmin()).isTrue());
        MimeMessage mail = MailReader.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).isEqualTo("Pozvánka do Plánovny");
        assertThat(MailReader.linkPath(mail, "/pozvanka/")).startsWith("/pozvanka/");
    }

    @Test
    void nothingHappensWhenAnAdministratorExists() {
        new UserMother(users, territory).admin();
        String email = UserMother.uniqueEmail("druhy-spravce");

        assertThat(firstAdministrator.inviteIfNoAdministrator(email, "Druhý Správce"))
                .isFalse();
        assertThat(users.findIdByEmail(email)).isEmpty();
    }

    @Test
    void anExistingAccountIsNotTakenOver() {
        String email = UserMother.uniqueEmail("existujici");
        users.createUser(new NewUser(email, "Existující Uživatel", null, java.util.List.of()));

        assertThatThrownBy(() -> firstAdministrator.invite(email, "Jiné Jméno"))
                .isInstanceOf(IllegalStateException.class);
    }
}
