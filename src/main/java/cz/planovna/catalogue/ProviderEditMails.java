package cz.planovna.catalogue;

import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the provider editor who proposed changes how the coordinator decided. In Czech: the
 * provider's language is not known, and the catalogue is Czech. Sent after the commit.
 */
@Component
class ProviderEditMails {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private final Mailer mailer;
    private final MessageSource messages;

    ProviderEditMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    void decided(EditProposal proposal, String serviceName) {
        boolean approved = proposal.state() == ProposalState.APPROVED;
        String link = mailer.link(ProviderEditController.providerServicePath(proposal.serviceId()));
        StringBuilder text = new StringBuilder()
                .append(text("catalogue.edit.mail.greeting"))
                .append("\n\n")
                .append(text(
                        approved ? "catalogue.edit.mail.approved" : "catalogue.edit.mail.rejected",
                        serviceName,
                        proposal.decidedBy()))
                .append("\n\n");
        if (!approved) {
            text.append(text("catalogue.edit.mail.reason"))
                    .append("\n")
                    .append(proposal.reason())
                    .append("\n\n");
        }
        text.append(text("catalogue.edit.mail.link"))
                .append("\n")
                .append(link)
                .append("\n\n")
                .append(text("catalogue.edit.mail.signature"))
                .append("\n");
        String subject = text(
                approved ? "catalogue.edit.mail.subject.approved" : "catalogue.edit.mail.subject.rejected",
                serviceName);
        mailer.sendAfterCommit(OutgoingMail.of(
                approved ? "PROVIDER_EDIT_APPROVED" : "PROVIDER_EDIT_REJECTED",
                proposal.proposedByEmail(),
                subject,
                text.toString()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CZECH);
    }
}
