package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import cz.planovna.shared.text.CzechCollation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes and sends the e-mails about a meeting: the invitation and its cancellation (each with an
 * iCal attachment), and the news that minutes were published. Recipients are the current members
 * of the group with an e-mail address and the confirmed subscribers of an open group (their mails
 * carry the unsubscribe link); each gets a mail of their own, so no one sees the others' addresses. Mails go out after the commit (see {@link Mailer}).
 */
@Component
class MeetingInvitations {

    private final Mailer mailer;
    private final GroupSubscriptions subscriptions;
    private final MeetingQueries queries;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final Clock clock;

    MeetingInvitations(
            Mailer mailer,
            GroupSubscriptions subscriptions,
            MeetingQueries queries,
            MessageSource messages,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.mailer = mailer;
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** One recipient; {@code unsubscribeUrl} is set for subscribers without membership. */
    record Recipient(String email, String unsubscribeUrl) {}

    int sendInvitation(Meeting meeting) {
        String subject =
                text("process.mail.invitation.subject", meeting.group().name(), meeting.title(), when(meeting));
        String body = describe(meeting, "process.mail.invitation.intro");
        Instant now = clock.instant();
        byte[] ics = MeetingCalendar.single(MeetingCalendar.entry(meeting, summary(meeting), agendaText(meeting)), now);
        return send(meeting, "MEETING_INVITATION", subject, body, ics, MeetingCalendar.CONTENT_TYPE_PUBLISH);
    }

    int sendCancellation(Meeting meeting) {
        String subject =
                text("process.mail.cancellation.subject", meeting.group().name(), meeting.title(), when(meeting));
        String body = describe(meeting, "process.mail.cancellation.intro");
        byte[] ics = MeetingCalendar.single(
                MeetingCalendar.entry(meeting, summary(meeting), agendaText(meeting)), clock.instant());
        return send(meeting, "MEETING_CANCELLATION", subject, body, ics, MeetingCalendar.CONTENT_TYPE_CANCEL);
    }

    /** The day before: the same people as the invitation, with the same calendar entry. */
    int sendReminder(Meeting meeting) {
        String subject = text("process.mail.reminder.subject", meeting.group().name(), meeting.title(), when(meeting));
        String body = describe(meeting, "process.mail.reminder.intro");
        byte[] ics = MeetingCalendar.single(
                MeetingCalendar.entry(meeting, summary(meeting), agendaText(meeting)), clock.instant());
        return send(meeting, "MEETING_REMINDER", subject, body, ics, MeetingCalendar.CONTENT_TYPE_PUBLISH);
    }

    /** A task is due tomorrow: its assignee (a member with an e-mail) is reminded. */
    boolean sendTaskReminder(MeetingTask task) {
        Meeting meeting = task.meeting();
        return meeting.group().members().stream()
                .filter(m -> m.id().equals(task.assigneeMemberId()))
                .map(m -> m.toView().email())
                .filter(email -> email != null)
                .findFirst()
                .map(email -> {
                    String body = text(
                                    "process.mail.task.intro",
                                    task.description(),
                                    fmt.date(task.dueOn()),
                                    meeting.group().name(),
                                    fmt.date(meeting.date()))
                            + "\n\n" + text("process.mail.signature") + "\n";
                    mailer.sendAfterCommit(OutgoingMail.of(
                            "TASK_REMINDER", email, text("process.mail.task.subject", task.description()), body));
                    return true;
                })
                .orElse(false);
    }

    int announceMinutes(Meeting meeting) {
        String subject = text("process.mail.minutes.subject", meeting.group().name(), fmt.date(meeting.date()));
        String link = mailer.link(MeetingUrls.publicMinutes(meeting.districtCode(), meeting.id()));
        String body =
                text("process.mail.minutes.intro", meeting.group().name(), meeting.title(), fmt.date(meeting.date()))
                        + "\n\n" + link + "\n";
        return send(meeting, "MINUTES_PUBLISHED", subject, body, null, null);
    }

    private int send(Meeting meeting, String purpose, String subject, String body, byte[] ics, String contentType) {
        int sent = 0;
        for (Recipient r : recipients(meeting)) {
            StringBuilder text = new StringBuilder(body).append('\n').append(text("process.mail.signature"));
            if (r.unsubscribeUrl() != null) {
                text.append("\n\n").append(text("process.mail.unsubscribe", r.unsubscribeUrl()));
            }
            text.append('\n');
            OutgoingMail mail = OutgoingMail.of(purpose, r.email(), subject, text.toString());
            if (ics != null) {
                mail = mail.withAttachment("pozvanka.ics", contentType, ics);
            }
            if (r.unsubscribeUrl() != null) {
                mail = SubscriptionMails.withUnsubscribe(mail, r.unsubscribeUrl());
            }
            mailer.sendAfterCommit(mail);
            sent++;
        }
        return sent;
    }

    /** Members first; an address is mailed once even when a member also subscribed. */
    List<Recipient> recipients(Meeting meeting) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (GroupMember m : meeting.group().currentMembers()) {
            String email = m.toView().email();
            if (email != null) {
                byAddress.putIfAbsent(email.toLowerCase(CzechCollation.CZECH), new Recipient(email, null));
            }
        }
        for (GroupSubscriptions.Subscriber s :
                subscriptions.confirmedSubscribers(meeting.group().id())) {
            byAddress.putIfAbsent(
                    s.email().toLowerCase(CzechCollation.CZECH), new Recipient(s.email(), s.unsubscribeUrl()));
        }
        return new ArrayList<>(byAddress.values());
    }

    private String describe(Meeting meeting, String introKey) {
        StringBuilder text = new StringBuilder();
        text.append(text(introKey, meeting.group().name())).append("\n\n");
        text.append(meeting.title()).append('\n');
        text.append(text("process.mail.meeting.when", when(meeting))).append('\n');
        if (meeting.place() != null) {
            text.append(text("process.mail.meeting.place", meeting.place())).append('\n');
        }
        if (meeting.onlineUrl() != null) {
            text.append(text("process.mail.meeting.online", meeting.onlineUrl()))
                    .append('\n');
        }
        String agenda = agendaText(meeting);
        if (!agenda.isEmpty()) {
            text.append('\n')
                    .append(text("process.mail.meeting.agenda"))
                    .append('\n')
                    .append(agenda);
        }
        List<AttachmentView> attachments = queries.attachments(meeting, false);
        if (!attachments.isEmpty()) {
            text.append('\n').append(text("process.mail.meeting.attachments")).append('\n');
            for (AttachmentView a : attachments) {
                String link = a.publicDocument()
                        ? mailer.link("/orp/" + meeting.districtCode() + "/dokumenty/" + a.documentId() + "/stahnout")
                        : mailer.link(DocumentUrls.document(meeting.districtCode(), a.documentId()));
                text.append("- ").append(a.title()).append(": ").append(link);
                if (!a.publicDocument()) {
                    text.append(' ').append(text("process.mail.meeting.attachment.internal"));
                }
                text.append('\n');
            }
        }
        if (meeting.note() != null) {
            text.append('\n').append(meeting.note()).append('\n');
        }
        return text.toString();
    }

    private String agendaText(Meeting meeting) {
        StringBuilder text = new StringBuilder();
        for (AgendaItem item : meeting.agenda()) {
            text.append(item.ordinal()).append(". ").append(item.title()).append('\n');
        }
        return text.toString();
    }

    private String summary(Meeting meeting) {
        return meeting.group().name() + ": " + meeting.title();
    }

    private String when(Meeting meeting) {
        return text(
                "process.mail.meeting.time",
                fmt.date(meeting.date()),
                TimeInput.format(meeting.startsAt()),
                TimeInput.format(meeting.endsAt()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CzechCollation.CZECH);
    }
}
