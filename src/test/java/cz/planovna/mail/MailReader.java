package cz.planovna.mail;

import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the application sent to GreenMail; mails are sent asynchronously, so it waits. */
public final class MailReader {

    private MailReader() {}

    public static MimeMessage awaitMailTo(GreenMailExtension greenMail, String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> isFor(m, recipient))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        return fail("no e-mail to %s arrived within 10 s", recipient);
    }

    /** The path of the first link to the application with this prefix, e.g. {@code /obnova-hesla/…}. */
    public static String linkPath(MimeMessage mail, String pathPrefix) throws IOException, MessagingException {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)")
                .matcher(body(mail));
        if (!link.find()) {
            fail("no link %s… in the e-mail:%n%s", pathPrefix, body(mail));
        }
        return link.group(1);
    }

    /** The plain-text body, also of a mail with attachments (the first text part). */
    public static String body(MimeMessage mail) throws IOException, MessagingException {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            return firstText(multipart);
        }
        return content.toString();
    }

    /** The content of the first attachment with this file name, e.g. {@code pozvanka.ics}. */
    public static byte[] attachment(MimeMessage mail, String filename) throws IOException, MessagingException {
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (filename.equals(part.getFileName())) {
                    return part.getInputStream().readAllBytes();
                }
                if (part.getContent() instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        if (filename.equals(nested.getBodyPart(j).getFileName())) {
                            return nested.getBodyPart(j).getInputStream().readAllBytes();
                        }
                    }
                }
            }
        }
        return fail("no attachment %s in the e-mail", filename);
    }

    /** The content type of the attachment with this file name. */
    public static String attachmentType(MimeMessage mail, String filename) throws IOException, MessagingException {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (filename.equals(multipart.getBodyPart(i).getFileName())) {
                return multipart.getBodyPart(i).getContentType();
            }
        }
        return fail("no attachment %s in the e-mail", filename);
    }

    private static String firstText(Multipart multipart) throws IOException, MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                return firstText(nested);
            }
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return part.getContent().toString();
            }
        }
        return "";
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
