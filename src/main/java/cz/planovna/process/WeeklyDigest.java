package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import cz.planovna.shared.text.CzechCollation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monday morning: each member who asked for it gets one mail per group with the group's meetings
 * of the next two weeks, minutes published in the last week and the member's own open tasks.
 * A member gets at most one digest per week, however often the job runs.
 */
@Component
class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final PlanningGroupRepository groups;
    private final MeetingRepository meetings;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final Clock clock;

    WeeklyDigest(
            PlanningGroupRepository groups,
            MeetingRepository meetings,
            Mailer mailer,
            MessageSource messages,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.mailer = mailer;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Scheduled(cron = "${planovna.digest.cron:0 30 7 * * MON}", zone = "Europe/Prague")
    void weekly() {
        send(LocalDate.now(clock));
    }

    /** Sends the digests due in the week of {@code today}; returns how many went out. */
    @Transactional
    int send(LocalDate today) {
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (GroupMember member : groups.digestReaders()) {
            if (!member.digestDue(weekStart)) {
                continue;
            }
            PlanningGroup group = member.group();
            List<Meeting> upcoming = meetings.findByGroupIdAndDateBetweenAndCancelledFalseOrderByDateAscStartsAtAsc(
                    group.id(), today, today.plusDays(14));
            List<Meeting> minutes = meetings.findByGroupIdAndMinutesStateAndMinutesPublishedAtAfterOrderByDateDesc(
                    group.id(), MinutesState.PUBLISHED, clock.instant().minus(Duration.ofDays(7)));
            List<MeetingTask> tasks = meetings.openTasksOf(member.id());
            mailer.sendAfterCommit(OutgoingMail.of(
                    "WEEKLY_DIGEST",
                    member.toView().email(),
                    text("process.mail.digest.subject", group.name(), fmt.date(weekStart)),
                    body(member, group, upcoming, minutes, tasks)));
            member.digestSent(today);
            sent++;
        }
        if (sent > 0) {
            log.info("Weekly digests: {}", sent);
        }
        return sent;
    }

    private String body(
            GroupMember member,
            PlanningGroup group,
            List<Meeting> upcoming,
            List<Meeting> minutes,
            List<MeetingTask> tasks) {
        StringBuilder text = new StringBuilder(
                text("process.mail.digest.intro", member.toView().fullName(), group.name()));
        text.append("\n\n").append(text("process.mail.digest.meetings")).append('\n');
        if (upcoming.isEmpty()) {
            text.append(text("process.mail.digest.none")).append('\n');
        }
        for (Meeting m : upcoming) {
            text.append("- ")
                    .append(fmt.date(m.date()))
                    .append(' ')
                    .append(TimeInput.format(m.startsAt()))
                    .append(": ")
                    .append(m.title());
            if (m.place() != null) {
                text.append(", ").append(m.place());
            }
            text.append('\n');
        }
        text.append('\n').append(text("process.mail.digest.minutes")).append('\n');
        if (minutes.isEmpty()) {
            text.append(text("process.mail.digest.none")).append('\n');
        }
        for (Meeting m : minutes) {
            text.append("- ")
                    .append(m.title())
                    .append(": ")
                    .append(mailer.link(MeetingUrls.publicMinutes(m.districtCode(), m.id())))
                    .append('\n');
        }
        text.append('\n').append(text("process.mail.digest.tasks")).append('\n');
        if (tasks.isEmpty()) {
            text.append(text("process.mail.digest.none")).append('\n');
        }
        for (MeetingTask t : tasks) {
            text.append("- ").append(t.description());
            if (t.dueOn() != null) {
                text.append(" (")
                        .append(text("process.mail.digest.due", fmt.date(t.dueOn())))
                        .append(')');
            }
            text.append('\n');
        }
        return text.append('\n')
                .append(text("process.mail.digest.stop"))
                .append("\n\n")
                .append(text("process.mail.signature"))
                .append('\n')
                .toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CzechCollation.CZECH);
    }
}
