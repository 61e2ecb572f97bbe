package cz.planovna.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's score (1–5) of one SWOT item; one per member and item, changed in place. */
@Entity
@Table(name = "analysis_swot_vote")
class SwotVote {

    static final int MIN = 1;
    static final int MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "user_id")
    private long userId;

    private int score;

    @Column(name = "voted_at")
    private Instant votedAt;

    protected SwotVote() {}

    SwotVote(long itemId, long userId, int score, Instant now) {
        this.itemId = itemId;
        this.userId = userId;
        change(score, now);
    }

    void change(int score, Instant now) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("score outside 1–5: " + score);
        }
        this.score = score;
        this.votedAt = now;
    }

    long itemId() {
        return itemId;
    }

    long userId() {
        return userId;
    }

    int score() {
        return score;
    }
}
