package cz.planovna.consultation;

/** What the thank-you page says: the comment's number and whether a confirmation was mailed. */
record CommentReceipt(long consultationId, int number, boolean mailed) {}
