package cz.planovna.consultation;

/**
 * A comment as the form sends it, already cleaned and checked for its shape: {@code targetNodeId}
 * null for the whole document; name and e-mail null when left empty.
 */
record CommentInput(Long targetNodeId, String text, String name, String email, boolean namePublic) {}
