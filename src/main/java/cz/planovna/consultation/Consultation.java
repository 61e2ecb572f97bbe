package cz.planovna.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of an ORP (a medium-term plan or an action plan) put out for public comment between
 * two dates. It keeps the outline of the document as it was put out (numbers and titles of its
 * items), so comments refer to what the public saw. Its state follows from the dates.
 */
@Entity
@Table(name = "consultation")
class Consultation {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int DOCUMENT_TITLE_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind")
    private DocumentKind documentKind;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "document_title")
    private String documentTitle;

    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "anonymous_allowed")
    private boolean anonymousAllowed;

    private String intro;

    @Column(name = "consent_text")
    private String consentText;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "settlement_published_at")
    private Instant settlementPublishedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "consultation_id", nullable = false)
    @OrderBy("position")
    private List<ConsultationSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected Consultation() {}

    Consultation(
            int districtCode,
            DocumentKind documentKind,
            long documentId,
            long planId,
            String documentTitle,
            String createdBy,
            Instant now) {
        this.districtCode = districtCode;
        this.documentKind = documentKind;
        this.documentId = documentId;
        this.planId = planId;
        this.documentTitle = cut(documentTitle, DOCUMENT_TITLE_MAX);
        this.createdBy = cut(createdBy, 400);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The coordinator's fields; the dates are checked by the caller (closing after opening). */
    void describe(
            String title,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean anonymousAllowed,
            String intro,
            String consentText,
            Instant now) {
        if (!closesOn.isAfter(opensOn)) {
            throw new IllegalArgumentException("closing must follow opening");
        }
        this.title = title.strip();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.anonymousAllowed = anonymousAllowed;
        this.intro = intro == null || intro.isBlank() ? null : intro.strip();
        this.consentText = consentText.strip();
        this.updatedAt = now;
    }

    /** Replaces the outline (only while the consultation is prepared). */
    void outline(String documentTitle, List<ConsultationSection> outline) {
        this.documentTitle = cut(documentTitle, DOCUMENT_TITLE_MAX);
        this.sections.clear();
        this.sections.addAll(outline);
    }

    /** Another document (only while prepared; the caller replaces the outline with it). */
    void document(DocumentKind kind, long documentId, long planId) {
        this.documentKind = kind;
        this.documentId = documentId;
        this.planId = planId;
    }

    ConsultationState state(LocalDate today) {
        return ConsultationState.of(opensOn, closesOn, settlementPublishedAt, today);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    DocumentKind documentKind() {
        return documentKind;
    }

    long documentId() {
        return documentId;
    }

    long planId() {
        return planId;
    }

    String documentTitle() {
        return documentTitle;
    }

    String title() {
        return title;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    boolean anonymousAllowed() {
        return anonymousAllowed;
    }

    String intro() {
        return intro;
    }

    String consentText() {
        return consentText;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<ConsultationSection> sections() {
        return List.copyOf(sections);
    }

    long version() {
        return version;
    }

    // ---- settlement (behaviour owned by the settlement feature) -------------------------------

    Instant settlementPublishedAt() {
        return settlementPublishedAt;
    }

    /** Publishes the settlement table; publishing again keeps the first date. */
    void publishSettlement(Instant now) {
        if (settlementPublishedAt == null) {
            settlementPublishedAt = now;
        }
        updatedAt = now;
    }
}
