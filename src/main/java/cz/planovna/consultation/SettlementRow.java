package cz.planovna.consultation;

import java.time.LocalDate;

/**
 * One line of the settlement table (vypořádání připomínek) as every output shows it: the page, the
 * PDF, the XLSX and the outcome e-mail. {@code text} is the comment as written, or, for a comment
 * hidden by moderation, its moderation reason in {@code hiddenReason} (the public outputs then show
 * the reason instead of the text, which they receive as null). {@code target} is the numbered
 * label of the item commented on, null for the whole document. {@code
 * changedItem} is the number and title of the plan item the comment changed ("2.1.3 Odlehčovací
 * služba"), {@code changedItemHref} its place on the public plan page; both may be null.
 */
record SettlementRow(
        long commentId,
        int number,
        LocalDate submittedOn,
        String author,
        String target,
        String text,
        String hiddenReason,
        CommentOutcome outcome,
        String reasoning,
        String changedItem,
        String changedItemHref) {

    public boolean hidden() {
        return hiddenReason != null;
    }

    /** The message key of the outcome in words (null while unsettled). */
    public String outcomeKey() {
        return outcome == null ? null : SettlementRules.outcomeKey(outcome);
    }

    public boolean settled() {
        return outcome != null;
    }
}
