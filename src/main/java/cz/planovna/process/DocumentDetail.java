package cz.planovna.process;

import java.time.Instant;
import java.util.List;

/** A document with its history: every version (newest first) and every change of its metadata. */
public record DocumentDetail(
        DocumentSummary document,
        List<DocumentVersionView> versions,
        List<DocumentChangeView> changes,
        Instant createdAt,
        long version) {}
