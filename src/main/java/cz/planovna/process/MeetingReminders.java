package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning: reminds the invited of tomorrow's meetings and members of tasks due tomorrow.
 * Each reminder is marked as sent in the same transaction, so a repeated run mails nobody twice.
 * Off with {@code planovna.reminders.enabled=false} (the tests call {@link #remind} directly).
 */
@Component
class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final MeetingRepository meetings;
    private final MeetingInvitations mails;
    private final Clock clock;

    MeetingReminders(MeetingRepository meetings, MeetingInvitations mails, ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.mails = mails;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Scheduled(cron = "${planovna.reminders.cron:0 0 7 * * *}", zone = "Europe/Prague")
    void daily() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders for the day after {@code today}; returns how many mails went out. */
    @Transactional
    int remind(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        int sent = 0;
        for (Meeting meeting : meetings.findByDateAndCancelledFalseAndReminderSentAtIsNull(tomorrow)) {
            if (meeting.needsReminder()) {
                sent += mails.sendReminder(meeting);
                meeting.reminderSent(clock.instant());
            }
        }
        for (MeetingTask task : meetings.tasksDueOnWithoutReminder(tomorrow)) {
            if (task.needsReminder() && mails.sendTaskReminder(task)) {
                sent++;
            }
            task.reminderSent(clock.instant());
        }
        if (sent > 0) {
            log.info("Reminders for {}: {} e-mails", tomorrow, sent);
        }
        return sent;
    }
}
