package cz.planovna.analysis;

import java.time.Instant;

/** One earlier import into an ORP, for the audit list on the import page. */
public record ImportRecord(
        String fileName,
        String importedBy,
        Instant importedAt,
        int figures,
        int inserted,
        int updated,
        int unchanged,
        int removed,
        boolean synthetic) {}
