package cz.planovna.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A comment on a consultation: its number within the consultation, its target, the plain text,
 * who wrote it (name and e-mail, unless the consultation allows anonymous comments), and whether
 * the name may be published. A moderator may hide the text with a reason (never delete it); the
 * settlement columns are filled in by the settlement of the comments.
 */
@Entity
@Table(name = "consultation_comment")
class ConsultationComment {

    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    private int number;

    @Embedded
    private CommentTarget target;

    private String text;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_email")
    private String authorEmail;

    @Column(name = "name_public")
    private boolean namePublic;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "ip_hash")
    private String ipHash;

    @Column(name = "confirmation_mailed_at")
    private Instant confirmationMailedAt;

    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    // settlement columns (behaviour owned by the settlement feature)
    @Enumerated(EnumType.STRING)
    private CommentOutcome outcome;

    private String reasoning;

    @Column(name = "changed_node_id")
    private Long changedNodeId;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "outcome_mailed_at")
    private Instant outcomeMailedAt;

    @Column(name = "changed_item_label")
    private String changedItemLabel;

    @Version
    private long version;

    protected ConsultationComment() {}

    ConsultationComment(
            long consultationId,
            int number,
            CommentTarget target,
            String text,
            String authorName,
            String authorEmail,
            boolean namePublic,
            String ipHash,
            Instant now) {
        this.consultationId = consultationId;
        this.number = number;
        this.target = target == null || target.isWhole() ? null : target;
        this.text = text;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.namePublic = namePublic && authorName != null;
        this.ipHash = ipHash;
        this.consentAt = now;
        this.submittedAt = now;
    }

    void hide(String reason, String by, Instant now) {
        this.hidden = true;
        this.hiddenReason = reason;
        this.hiddenBy = by;
        this.hiddenAt = now;
    }

    void show() {
        this.hidden = false;
        this.hiddenReason = null;
        this.hiddenBy = null;
        this.hiddenAt = null;
    }

    void confirmationMailed(Instant at) {
        this.confirmationMailedAt = at;
    }

    Long id() {
        return id;
    }

    long consultationId() {
        return consultationId;
    }

    int number() {
        return number;
    }

    CommentTarget target() {
        return target == null ? CommentTarget.wholeDocument() : target;
    }

    String text() {
        return text;
    }

    String authorName() {
        return authorName;
    }

    String authorEmail() {
        return authorEmail;
    }

    boolean namePublic() {
        return namePublic;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant confirmationMailedAt() {
        return confirmationMailedAt;
    }

    boolean hidden() {
        return hidden;
    }

    String hiddenReason() {
        return hiddenReason;
    }

    Instant hiddenAt() {
        return hiddenAt;
    }

    String hiddenBy() {
        return hiddenBy;
    }

    long version() {
        return version;
    }

    // ---- settlement (behaviour owned by the settlement feature) -------------------------------

    CommentOutcome outcome() {
        return outcome;
    }

    String reasoning() {
        return reasoning;
    }

    Long changedNodeId() {
        return changedNodeId;
    }

    Instant settledAt() {
        return settledAt;
    }

    String settledBy() {
        return settledBy;
    }

    Instant outcomeMailedAt() {
        return outcomeMailedAt;
    }

    String changedItemLabel() {
        return changedItemLabel;
    }

    /** Settles (or re-settles) the comment; the caller has checked the rules and the version. */
    void settle(
            CommentOutcome outcome,
            String reasoning,
            Long changedNodeId,
            String changedItemLabel,
            String by,
            Instant now) {
        this.outcome = outcome;
        this.reasoning = reasoning;
        this.changedNodeId = changedNodeId;
        this.changedItemLabel = changedItemLabel == null || changedItemLabel.length() <= 400
                ? changedItemLabel
                : changedItemLabel.substring(0, 400);
        this.settledBy = by == null || by.length() <= 400 ? by : by.substring(0, 400);
        this.settledAt = now;
    }

    void outcomeMailed(Instant at) {
        this.outcomeMailedAt = at;
    }
}
