package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of public commenting, in Czech (texts in the module's messages). */
@Component
class ConsultationMails {

    private static final Locale CZECH = Locale.forLanguageTag("cs");

    private final Mailer mailer;
    private final MessageSource messages;
    private final CzechFormats fmt;

    ConsultationMails(Mailer mailer, MessageSource messages, CzechFormats fmt) {
        this.mailer = mailer;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** "Your comment no. N was received", with its text, sent after the commit. */
    void confirmation(Consultation consultation, ConsultationComment comment) {
        String target = comment.target().isWhole()
                ? text("consultation.comment.target.whole")
                : comment.target().numberedLabel();
        String subject = text("consultation.mail.confirmation.subject", comment.number(), consultation.title());
        String body = text(
                "consultation.mail.confirmation.text",
                consultation.title(),
                consultation.documentTitle(),
                String.valueOf(comment.number()),
                target,
                comment.text(),
                fmt.date(consultation.closesOn()),
                mailer.link(ConsultationUrls.publicDetail(consultation.districtCode(), consultation.id())));
        mailer.sendAfterCommit(OutgoingMail.of("consultation-confirmation", comment.authorEmail(), subject, body));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CZECH);
    }
}
