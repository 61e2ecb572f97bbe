package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.OutgoingMail;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome e-mail to one commenter: one mail per address listing every comment sent from it,
 * with the outcome in words, the reasoning, the changed item, and the link to the public table.
 * Czech (the commenting page was Czech; the address carries no language). A hidden comment is
 * named by its number only; its author knows what it said.
 */
@Component
class SettlementMails {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private final MessageSource messages;
    private final CzechFormats fmt;

    SettlementMails(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /**
     * @param rows the comments of this address, in number order
     * @param tableUrl the absolute address of the public settlement table
     */
    OutgoingMail outcome(SettlementTable table, String email, List<SettlementRow> rows, String tableUrl) {
        StringBuilder text = new StringBuilder()
                .append(t("consultation.settlement.mail.greeting"))
                .append("\n\n")
                .append(t("consultation.settlement.mail.intro", table.documentTitle(), table.orpName()))
                .append("\n");
        for (SettlementRow row : rows) {
            text.append("\n")
                    .append(t(
                            "consultation.settlement.mail.comment",
                            String.valueOf(row.number()),
                            fmt.date(row.submittedOn())))
                    .append("\n");
            if (!row.hidden()) {
                text.append(quote(row.text())).append("\n");
            }
            text.append(t("consultation.settlement.mail.outcome", t(SettlementRules.outcomeKey(row.outcome()))))
                    .append("\n");
            if (row.reasoning() != null && !row.reasoning().isBlank()) {
                text.append(t("consultation.settlement.mail.reasoning", row.reasoning()))
                        .append("\n");
            }
            if (row.changedItem() != null) {
                text.append(t("consultation.settlement.mail.changed", row.changedItem()))
                        .append("\n");
            }
        }
        text.append("\n")
                .append(t("consultation.settlement.mail.table"))
                .append("\n")
                .append(tableUrl)
                .append("\n\n")
                .append(t("consultation.settlement.mail.footer"))
                .append("\n");
        return OutgoingMail.of(
                "consultation settlement outcome",
                email,
                t("consultation.settlement.mail.subject", table.documentTitle()),
                text.toString());
    }

    private static String quote(String text) {
        return "> " + text.strip().replace("\r\n", "\n").replace("\n", "\n> ");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, CZECH);
    }
}
