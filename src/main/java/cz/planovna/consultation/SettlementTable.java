package cz.planovna.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation's settlement table: what was commented (the document's title), by which ORP, the
 * commenting period, when the table was published (null: not yet) and the rows in comment order.
 */
record SettlementTable(
        long consultationId,
        int orpCode,
        String orpName,
        String title,
        String documentTitle,
        LocalDate opensOn,
        LocalDate closesOn,
        Instant publishedAt,
        List<SettlementRow> rows) {

    SettlementTable {
        rows = List.copyOf(rows);
    }

    public long settledCount() {
        return rows.stream().filter(SettlementRow::settled).count();
    }

    public long count(CommentOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** For templates: the count of one outcome by its name. */
    public long count(String outcome) {
        return count(CommentOutcome.valueOf(outcome));
    }

    public boolean complete() {
        return settledCount() == rows.size();
    }

    public boolean published() {
        return publishedAt != null;
    }
}
