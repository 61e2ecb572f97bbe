package cz.planovna.process;

/** A document attached to a meeting; {@code publicDocument} decides which link the public and mails get. */
public record AttachmentView(long documentId, String title, boolean publicDocument) {}
