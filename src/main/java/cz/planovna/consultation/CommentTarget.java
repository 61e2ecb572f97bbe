package cz.planovna.consultation;

import cz.planovna.strategy.NodeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a comment is about: the whole document ({@code nodeId} null), or one item of the plan's
 * tree (priority area, goal, measure, activity) with the number and label it had when the comment
 * was written (the tree may be renumbered later).
 */
@Embeddable
public record CommentTarget(
        @Column(name = "target_node_id") Long nodeId,

        @Enumerated(EnumType.STRING) @Column(name = "target_kind")
        NodeKind kind,

        @Column(name = "target_number") String number,
        @Column(name = "target_label") String label) {

    static final int LABEL_MAX = 400;

    public static CommentTarget wholeDocument() {
        return new CommentTarget(null, null, null, null);
    }

    public static CommentTarget node(long nodeId, NodeKind kind, String number, String title) {
        String label = title == null ? "" : title;
        return new CommentTarget(
                nodeId, kind, number, label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX) : label);
    }

    public boolean isWhole() {
        return nodeId == null;
    }

    /** "1.2 Title", or the title alone when it has no number. */
    public String numberedLabel() {
        if (isWhole()) {
            return null;
        }
        return number == null ? label : number + " " + label;
    }
}
