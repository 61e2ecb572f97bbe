package cz.planovna.process;

import java.time.Instant;

/** An uploaded file of a document: who uploaded it when, and how to check it is the same file. */
public record DocumentVersionView(
        int number,
        String fileName,
        String contentType,
        String format,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        boolean current) {}
