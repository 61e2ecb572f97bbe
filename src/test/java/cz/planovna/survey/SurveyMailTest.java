package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal invitations end to end through SMTP (GreenMail): the one-time link, save and resume by
 * it, submit once, a replayed link refused, and reminders only to those who have not answered, at
 * most once a day.
 */
@SurveyWebTest
class SurveyMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anInviteeAnswersOnceByTheEmailedLinkAndOnlyOthersAreReminded() throws Exception {
        SurveyMother mother = new SurveyMother(users, territory, surveys, questions, tx);
        TestUser coordinator = mother.districtCoordinator(STRAKONICE);
        String title = SurveyMother.unique("Dotazník pro poskytovatele");
        long id = mother.survey(
                STRAKONICE,
                title,
                false,
                SurveyState.OPEN,
                SurveyMother.yesNo("Máte čekatele?", true),
                SurveyMother.number("Kolik?", 0, 500));
        long yesNo = mother.questionIds(id).get(0);
        long count = mother.questionIds(id).get(1);
        String builder = "/orp/" + STRAKONICE + "/planovani/dotazniky/" + id;
        String first = SurveyMother.unique("sluzba").replace(' ', '.') + "@example.cz";
        String second = SurveyMother.unique("druha").replace(' ', '.') + "@example.cz";

        mvc.perform(post(builder + "/pozvanky")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("emails", first + "\n" + second.toUpperCase() + ", " + first)
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().is3xxRedirection());
        // a wrong address: nothing is sent, the message says why
        String wrong = mvc.perform(post(builder + "/pozvanky")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("emails", "neni-adresa")
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("Některé adresy nejsou platné e-mailové adresy.");

        MimeMessage mail = MailReader.awaitMailTo(greenMail, first);
        assertThat(mail.getSubject()).isEqualTo("Pozvánka k dotazníku: " + title);
        String link = MailReader.linkPath(mail, "/dotazniky/pozvanka/");
        MailReader.awaitMailTo(greenMail, second);
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // only hashes are stored
        assertThat(jdbc.sql("select count(*) from survey_invitation where token_hash = ?")
                        .param(link.substring(link.lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).param("akce", "ulozit").param("q" + yesNo, "0"))
                .andExpect(status().isOk());
        String resumed = mvc.perform(get(link))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(resumed).contains("value=\"0\" checked");
        mvc.perform(post(link).with(csrf()).param("q" + yesNo, "0").param("q" + count, "12"))
                .andExpect(status().isOk());
        // the link is spent
        mvc.perform(get(link)).andExpect(status().isConflict());
        mvc.perform(post(link).with(csrf()).param("q" + yesNo, "1")).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ? and submitted = true")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post(builder + "/pripominka").with(csrf()).with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection());
        MimeMessage reminder = awaitSubject(second, "Připomínka dotazníku: " + title);
        String newLink = MailReader.linkPath(reminder, "/dotazniky/pozvanka/");
        mvc.perform(get(newLink)).andExpect(status().isOk());
        // pressed again the same day: nobody gets a second reminder
        mvc.perform(post(builder + "/pripominka").with(csrf()).with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection());
        Thread.sleep(1000);
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                        .filter(m -> subjectOf(m).equals("Připomínka dotazníku: " + title))
                        .map(SurveyMailTest::recipientOf))
                .containsExactly(second);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientOf(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage awaitSubject(String to, String subject) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (subject.equals(m.getSubject())
                        && m.getAllRecipients()[0].toString().equals(to)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail " + subject + " to " + to);
    }
}
