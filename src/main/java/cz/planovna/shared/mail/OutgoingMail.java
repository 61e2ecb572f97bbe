package cz.planovna.shared.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One plain-text e-mail, already rendered in the recipient's language. {@code purpose} names the
 * kind of mail in logs, which never show the recipient or the body (personal data, one-time links).
 */
public record OutgoingMail(
        String purpose,
        String to,
        String subject,
        String text,
        List<Attachment> attachments,
        Map<String, String> headers) {

    /** A file sent with the mail, e.g. {@code invitation.ics} as {@code text/calendar}. */
    public record Attachment(String filename, String contentType, byte[] content) {}

    public OutgoingMail {
        attachments = List.copyOf(attachments);
        headers = Map.copyOf(headers);
    }

    public static OutgoingMail of(String purpose, String to, String subject, String text) {
        return new OutgoingMail(purpose, to, subject, text, List.of(), Map.of());
    }

    public OutgoingMail withAttachment(String filename, String contentType, byte[] content) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(new Attachment(filename, contentType, content));
        return new OutgoingMail(purpose, to, subject, text, more, headers);
    }

    /** E.g. {@code List-Unsubscribe}, so mail clients offer the one-click link. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(purpose, to, subject, text, attachments, more);
    }
}
