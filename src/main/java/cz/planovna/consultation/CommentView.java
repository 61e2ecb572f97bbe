package cz.planovna.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A comment as pages show it. In the public view the text of a hidden comment, the name of who did
 * not agree to its publication, the e-mail and the moderator are null.
 */
public record CommentView(
        long id,
        long consultationId,
        int number,
        CommentTarget target,
        String text,
        String authorName,
        String authorEmail,
        boolean namePublic,
        Instant submittedAt,
        boolean hidden,
        String hiddenReason,
        Instant hiddenAt,
        String hiddenBy,
        CommentOutcome outcome,
        String reasoning,
        Long changedNodeId,
        Instant settledAt,
        String settledBy,
        Instant outcomeMailedAt,
        long version) {

    public List<String> paragraphs() {
        return Paragraphs.of(text);
    }

    public boolean anonymous() {
        return authorName == null || authorName.isBlank();
    }
}
