package cz.planovna.process;

import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A member who asked for it gets the group's week by e-mail: meetings, new minutes, own tasks — once a week. */
@ProcessWebTest
class WeeklyDigestTest {

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
    MeetingRepository meetingRepository;

    @Autowired
    WeeklyDigest digest;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theMemberGetsOneDigestAWeekWithMeetingsMinutesAndTasks() throws Exception {
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        MeetingMother meetings = new MeetingMother(mother, groups, meetingRepository, tx);
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE);
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Přehledová"));
        String email = "prehled." + System.nanoTime() + "@example.cz";
        long member = meetings.member(group, "Věra Čtenářka", email, MemberRole.MEMBER, false);
        long noMail = meetings.member(group, ProcessMother.unique("Bez adresy"), null, MemberRole.MEMBER, false);
        TestUser coordinator = mother.districtCoordinator(STRAKONICE);

        mvc.perform(post("/orp/" + STRAKONICE + "/planovani/skupiny/" + group + "/clenove/" + member + "/prehled")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("wants", "true")
                        .param("version", String.valueOf(mother.groupVersion(group))))
                .andExpect(status().is3xxRedirection());

        meetings.meeting(STRAKONICE, group, MeetingMother.details("Příští jednání", today.plusDays(5), "Úvod"));
        long held = meetings.meeting(
                STRAKONICE, group, MeetingMother.details("Minulé jednání", today.minusDays(3), "Úvod"));
        tx.executeWithoutResult(s -> meetingRepository
                .findById(held)
                .orElseThrow()
                .addTask(member, null, "Obvolat poskytovatele", today.plusDays(10)));
        meetings.publish(held);

        assertThat(digest.send(today)).isPositive();
        MimeMessage mail = MailReader.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).startsWith("Týdenní přehled: Přehledová");
        assertThat(MailReader.body(mail))
                .contains(
                        "Dobrý den, Věra Čtenářka",
                        "Příští jednání",
                        "Minulé jednání",
                        "/zapisy/" + held,
                        "Obvolat poskytovatele");

        digest.send(today);
        Thread.sleep(500);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .as("one digest a week")
                .hasSize(1);

        // a member without an address cannot get it
        mvc.perform(post("/orp/" + STRAKONICE + "/planovani/skupiny/" + group + "/clenove/" + noMail + "/prehled")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("wants", "true")
                        .param("version", String.valueOf(mother.groupVersion(group))))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.digestReaders())
                .extracting(GroupMember::id)
                .contains(member)
                .doesNotContain(noMail);
    }
}
