package cz.planovna.process;

import java.time.Instant;

/** A document in a list, with its current file. */
public record DocumentSummary(
        long id,
        String title,
        DocumentCategory category,
        String description,
        DocumentVisibility visibility,
        int currentVersion,
        String fileName,
        String format,
        long size,
        Instant updatedAt) {}
