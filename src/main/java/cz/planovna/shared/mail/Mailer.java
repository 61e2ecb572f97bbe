package cz.planovna.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail through the configured SMTP server. {@link #sendAfterCommit} sends only once the
 * current transaction has committed and off the request thread: a slow or broken SMTP server
 * neither delays the page nor turns it into an error, and nothing is mailed about a change that
 * was rolled back. A failure is logged without the recipient.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String baseUrl;
    private final String from;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("mail-");

    public Mailer(
            JavaMailSender sender,
            @Value("${planovna.base-url}") String baseUrl,
            @Value("${planovna.mail-from}") String from) {
        this.sender = sender;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        executor.setDaemon(true);
        executor.setConcurrencyLimit(4);
    }

    /** The absolute address of a path of this application, for links in e-mails. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** Sends once the current transaction has committed (at once, in the background, without one). */
    public void sendAfterCommit(OutgoingMail mail) {
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
    public boolean send(OutgoingMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (OutgoingMail.Attachment a : mail.attachments()) {
                helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
            }
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("E-mail ({}) could not be sent: {}", mail.purpose(), e.getMessage());
            return false;
        }
    }
}
