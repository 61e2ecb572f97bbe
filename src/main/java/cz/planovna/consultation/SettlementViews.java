package cz.planovna.consultation;

import java.time.Instant;
import java.util.List;

/** What the coordinator's settlement pages show (records of the settlement feature). */
final class SettlementViews {

    private SettlementViews() {}

    /** A comment as the team sees it: the public row plus who may get a mail and who settled it. */
    record Line(
            SettlementRow row,
            Long changedNodeId,
            boolean hasEmail,
            Instant mailedAt,
            String settledBy,
            Instant settledAt,
            long version) {}

    /** An item of the consultation's plan for the "changed item" select. */
    record NodeOption(long id, String label) {}

    /** One line of the audit trail. */
    record HistoryLine(
            Instant at,
            String by,
            String actionKey,
            Integer commentNumber,
            String outcomeKey,
            String previousOutcomeKey,
            String reasoning) {}

    /** The overview: the table with internal lines, progress, history, what may be done now. */
    record Overview(
            SettlementTable table,
            List<Line> lines,
            boolean onlyUnsettled,
            ConsultationState state,
            String stateKey,
            boolean mayEdit,
            boolean closed,
            long unsettled,
            String publicPath,
            List<HistoryLine> history) {

        public long settled() {
            return table.settledCount();
        }

        public long total() {
            return table.rows().size();
        }
    }

    /** The form of one comment's settlement. */
    record Settle(SettlementTable table, Line line, List<NodeOption> nodes, boolean closed) {

        public boolean settled() {
            return line.row().settled();
        }
    }
}
