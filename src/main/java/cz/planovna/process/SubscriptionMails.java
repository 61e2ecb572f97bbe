package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails to subscribers in the language of the page they used. Every one carries the
 * unsubscribe link in the text and as {@code List-Unsubscribe}, so mail clients offer it too.
 */
@Component
class SubscriptionMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final CzechFormats fmt;

    SubscriptionMails(Mailer mailer, MessageSource messages, CzechFormats fmt) {
        this.mailer = mailer;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** The double opt-in mail; sent after the commit, off the request thread. */
    void sendConfirmation(
            String to, SubscriptionGroup group, String confirmUrl, String unsubscribeUrl, Instant expiresAt) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = text(locale, "process.subscription.mail.greeting") + "\n\n"
                + text(
                        locale,
                        "process.subscription.mail.intro",
                        group.name(),
                        group.orp().name()) + "\n\n"
                + confirmUrl + "\n\n"
                + text(locale, "process.subscription.mail.validity", fmt.dateTime(expiresAt)) + "\n\n"
                + text(locale, "process.subscription.mail.ignore") + "\n\n"
                + text(locale, "process.subscription.mail.unsubscribe") + "\n"
                + unsubscribeUrl + "\n\n"
                + text(locale, "process.subscription.mail.signature") + "\n";
        String subject = text(locale, "process.subscription.mail.subject", group.name());
        mailer.sendAfterCommit(
                withUnsubscribe(OutgoingMail.of("SUBSCRIPTION_CONFIRMATION", to, subject, text), unsubscribeUrl));
    }

    static OutgoingMail withUnsubscribe(OutgoingMail mail, String unsubscribeUrl) {
        return mail.withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
