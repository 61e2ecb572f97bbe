package cz.planovna.identity;

import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the application sent to GreenMail; mails are sent asynchronously, so it waits. */
final class MailReader {

    private MailReader() {}

    static MimeMessage awaitMailTo(GreenMailExtension greenMail, String recipient) throws Exception {
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
    static String linkPath(MimeMessage mail, String pathPrefix) throws IOException, MessagingException {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)")
                .matcher(body(mail));
        if (!link.find()) {
            fail("no link %s… in the e-mail:%n%s", pathPrefix, body(mail));
        }
        return link.group(1);
    }

    static String body(MimeMessage mail) throws IOException, MessagingException {
        return mail.getContent().toString();
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
