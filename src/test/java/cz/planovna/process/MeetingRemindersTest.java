package cz.planovna.process;

import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The morning job reminds the invited of tomorrow's meeting and assignees of tasks due, once. */
@ProcessWebTest
class MeetingRemindersTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

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
    MeetingReminders reminders;

    @Autowired
    TransactionTemplate tx;

    @Test
    void tomorrowsInvitedMeetingAndATaskDueTomorrowAreRemindedOnce() throws Exception {
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        MeetingMother meetings = new MeetingMother(mother, groups, meetingRepository, tx);
        // a day far ahead, so no other test's meetings fall on it
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE).plusYears(3).plusDays(System.nanoTime() % 300);
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Připomínky"));
        String memberMail = "pripominka." + System.nanoTime() + "@example.cz";
        long member = meetings.member(group, "Marie Připomínaná", memberMail, MemberRole.MEMBER, false);
        long invited = meetings.meeting(
                STRAKONICE, group, MeetingMother.details("Zítřejší jednání", today.plusDays(1), "Úvod"));
        meetings.meeting(
                STRAKONICE,
                group,
                new MeetingDetails(
                        "Neohlášené",
                        today.plusDays(1),
                        java.time.LocalTime.of(17, 0),
                        java.time.LocalTime.of(18, 0),
                        "MěÚ",
                        null,
                        null,
                        java.util.List.of()));
        tx.executeWithoutResult(s -> {
            meetingRepository.findById(invited).orElseThrow().invitationSent(Instant.now(), 1);
            meetingRepository
                    .findById(invited)
                    .orElseThrow()
                    .addTask(member, null, "Připravit podklady k dotazníku", today.plusDays(1));
        });

        assertThat(reminders.remind(today)).isEqualTo(2);
        MailReader.awaitMailTo(greenMail, memberMail);
        greenMail.waitForIncomingEmail(5_000, 2);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .anyMatch(s -> s.startsWith("Připomínka – zítra:") && s.contains("Zítřejší jednání"))
                .anyMatch(s -> s.equals("Připomínka úkolu: Připravit podklady k dotazníku"))
                .noneMatch(s -> s.contains("Neohlášené"));

        assertThat(reminders.remind(today)).as("a second run mails nobody").isZero();
    }
}
