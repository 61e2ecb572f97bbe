package cz.planovna.identity;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import cz.planovna.shared.text.CzechCollation;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails with one-time links (password reset, invitation) in Czech; {@link Mailer}
 * sends them after the commit and off the request thread, so response times do not reveal whether
 * an account exists. A failure is logged; the user can ask for a new link.
 */
@Component
class IdentityMailer {

    /** One e-mail to send: the raw token exists only here, never in the database. */
    record TokenMail(String to, String fullName, TokenPurpose purpose, String token, Instant expiresAt) {}

    private final Mailer mailer;
    private final MessageSource messages;
    private final CzechFormats fmt;

    IdentityMailer(Mailer mailer, MessageSource messages, CzechFormats fmt) {
        this.mailer = mailer;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** Sends once the current transaction has committed (at once without a transaction). */
    void sendAfterCommit(TokenMail mail) {
        mailer.sendAfterCommit(toOutgoing(mail));
    }

    /** Sends now; returns false (and logs) when the SMTP server refuses or cannot be reached. */
    boolean send(TokenMail mail) {
        return mailer.send(toOutgoing(mail));
    }

    String link(TokenMail mail) {
        return mailer.link(mail.purpose().path() + mail.token());
    }

    private OutgoingMail toOutgoing(TokenMail mail) {
        String subject = text("identity.mail." + key(mail) + ".subject");
        return OutgoingMail.of(mail.purpose().name(), mail.to(), subject, body(mail));
    }

    String body(TokenMail mail) {
        String prefix = "identity.mail." + key(mail);
        return text("identity.mail.greeting", mail.fullName()) + "\n\n"
                + text(prefix + ".intro") + "\n\n"
                + link(mail) + "\n\n"
                + text(prefix + ".validity", fmt.dateTime(mail.expiresAt())) + "\n\n"
                + text(prefix + ".ignore") + "\n\n"
                + text("identity.mail.signature") + "\n";
    }

    private static String key(TokenMail mail) {
        return mail.purpose() == TokenPurpose.INVITATION ? "invitation" : "reset";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CzechCollation.CZECH);
    }
}
