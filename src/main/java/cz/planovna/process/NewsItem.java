package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A news item of an ORP's planning. The text is plain (paragraphs separated by blank lines), so
 * nothing a coordinator pastes can run in a reader's browser. The publication date is set on first
 * publication and kept when the item is corrected later.
 */
@Entity
@Table(name = "news_item")
class NewsItem {

    static final int TITLE_MAX = 200;
    static final int PEREX_MAX = 500;
    static final int BODY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String title;

    private String perex;

    private String body;

    private boolean published;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected NewsItem() {}

    NewsItem(
            TerritoryRef orp,
            String title,
            String perex,
            String body,
            boolean published,
            LocalDate today,
            Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("news belong to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.createdAt = Objects.requireNonNull(now, "now");
        change(title, perex, body, published, today, now);
    }

    void change(String title, String perex, String body, boolean published, LocalDate today, Instant now) {
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.perex = Texts.optional(perex, PEREX_MAX, "perex");
        this.body = Texts.required(body, BODY_MAX, "body");
        this.published = published;
        if (published && publishedOn == null) {
            publishedOn = today;
        }
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String title() {
        return title;
    }

    boolean published() {
        return published;
    }

    NewsView toView() {
        return new NewsView(id, title, perex, body, published, publishedOn, updatedAt, version);
    }
}
