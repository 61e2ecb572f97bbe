package cz.planovna.process;

import java.time.Instant;

/** A deleted document as the library still lists it: what, who deleted it and when. */
public record DeletedDocument(String title, DocumentCategory category, String deletedBy, Instant deletedAt) {}
