package cz.planovna.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One statement of a SWOT analysis in one quadrant. */
@Entity
@Table(name = "analysis_swot_item")
class SwotItem {

    static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "swot_id")
    private long swotId;

    @Enumerated(EnumType.STRING)
    private Quadrant quadrant;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SwotItem() {}

    SwotItem(long swotId, Quadrant quadrant, String text, Instant now) {
        this.swotId = swotId;
        this.createdAt = now;
        change(quadrant, text);
    }

    void change(Quadrant quadrant, String text) {
        this.quadrant = Objects.requireNonNull(quadrant, "quadrant");
        this.text = FindingTexts.required(text, TEXT_MAX, "text");
    }

    Long id() {
        return id;
    }

    long swotId() {
        return swotId;
    }

    Quadrant quadrant() {
        return quadrant;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
