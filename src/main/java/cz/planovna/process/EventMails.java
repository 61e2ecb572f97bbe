package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import cz.planovna.shared.text.CzechCollation;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The confirmation of a registration: when and where, the event for the calendar, the cancel link. */
@Component
class EventMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final Clock clock;

    EventMails(Mailer mailer, MessageSource messages, CzechFormats fmt, ObjectProvider<Clock> clock) {
        this.mailer = mailer;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    void sendConfirmation(PlanningEvent event, int districtCode, String email, String fullName, String token) {
        String when = text(
                "process.mail.meeting.time",
                fmt.date(event.date()),
                TimeInput.format(event.startsAt()),
                TimeInput.format(event.endsAt()));
        String page = mailer.link(EventUrls.publicEvent(districtCode, event.id()));
        String body = text("process.mail.registration.intro", fullName, event.title()) + "\n\n"
                + text("process.mail.meeting.when", when) + "\n"
                + text("process.mail.registration.page", page) + "\n\n"
                + text("process.mail.registration.cancel", mailer.link(EventUrls.CANCEL_PATH + token)) + "\n\n"
                + text("process.mail.signature") + "\n";
        byte[] ics = MeetingCalendar.single(event.toCalendar(page), clock.instant());
        mailer.sendAfterCommit(OutgoingMail.of(
                        "EVENT_REGISTRATION",
                        email,
                        text("process.mail.registration.subject", event.title(), fmt.date(event.date())),
                        body)
                .withAttachment("akce.ics", MeetingCalendar.CONTENT_TYPE_PUBLISH, ics));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CzechCollation.CZECH);
    }
}
