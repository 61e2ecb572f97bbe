package cz.planovna.identity;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the e-mails with one-time links (password reset, invitation) in Czech. Sending happens
 * after the transaction commits and off the request thread: a slow or broken SMTP server neither
 * delays the page nor turns it into an error (and response times do not reveal whether an account
 * exists). A failure is logged; the user can ask for a new link.
 */
@Component
class IdentityMailer {

    /** One e-mail to send: the raw token exists only here, never in the database. */
    record TokenMail(String to, String fullName, TokenPurpose purpose, String token, Instant expiresAt) {}

    private static final Logger log = LoggerFactory.getLogger(IdentityMailer.class);

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final String baseUrl;
    private final String from;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("identity-mail-");

    IdentityMailer(
            JavaMailSender sender,
            MessageSource messages,
            CzechFormats fmt,
            @Value("${planovna.base-url}") String baseUrl,
            @Value("${planovna.mail-from}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.fmt = fmt;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        executor.setDaemon(true);
        executor.setConcurrencyLimit(4);
    }

    /** Sends once the current transaction has committed (at once without a transaction). */
    void sendAfterCommit(TokenMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> send(mail));
                }
            });
        } else {
            executor.execute(() -> send(mail));
        }
    }

    /** Sends now; returns false (and logs) when the SMTP server refuses or cannot be reached. */
    boolean send(TokenMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(text("identity.mail." + key(mail) + ".subject"));
            helper.setText(body(mail), false);
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("E-mail ({}) to user could not be sent: {}", mail.purpose(), e.getMessage());
            return false;
        }
    }

    String link(TokenMail mail) {
        return baseUrl + mail.purpose().path() + mail.token();
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
