package cz.planovna.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A change set a provider editor proposed for one service: not applied until the coordinator of the
 * service's ORP approves it. Kept for ever with the decision, so it is also the history.
 */
@Entity
@Table(name = "catalogue_edit_proposal")
class EditProposal {

    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_proposal_seq")
    @SequenceGenerator(name = "catalogue_proposal_seq", sequenceName = "catalogue_proposal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "service_id")
    private long serviceId;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "provider_ico")
    private String providerIco;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    @Embedded
    private EditableFields proposed;

    /** What the public saw when the provider proposed (the diff of the history). */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "description", column = @Column(name = "was_description")),
        @AttributeOverride(name = "feesNote", column = @Column(name = "was_fees_note")),
        @AttributeOverride(name = "openingHours", column = @Column(name = "was_opening_hours")),
        @AttributeOverride(name = "phone", column = @Column(name = "was_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "was_email")),
        @AttributeOverride(name = "web", column = @Column(name = "was_web"))
    })
    private EditableFields was;

    @Column(name = "proposed_by_id")
    private long proposedById;

    @Column(name = "proposed_by_name")
    private String proposedByName;

    @Column(name = "proposed_by_email")
    private String proposedByEmail;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Version
    private long version;

    protected EditProposal() {}

    EditProposal(
            CatalogueService service,
            EditableFields proposed,
            long userId,
            String userName,
            String userEmail,
            Instant now) {
        this.serviceId = service.id();
        this.districtCode = service.districtCode();
        this.providerIco = service.provider().ico();
        this.state = ProposalState.PENDING;
        this.proposed = proposed.normalized();
        this.was = service.effectiveFields();
        this.proposedById = userId;
        this.proposedByName = userName;
        this.proposedByEmail = userEmail;
        this.proposedAt = now;
    }

    void approve(String by, Instant now) {
        decide(ProposalState.APPROVED, by, now, null);
    }

    void reject(String by, Instant now, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        decide(ProposalState.REJECTED, by, now, why.strip());
    }

    void supersede(Instant now) {
        decide(ProposalState.SUPERSEDED, null, now, null);
    }

    private void decide(ProposalState to, String by, Instant now, String why) {
        if (state != ProposalState.PENDING) {
            throw new IllegalStateException("proposal " + id + " is already " + state);
        }
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = now;
        this.reason = why;
    }

    Long id() {
        return id;
    }

    long serviceId() {
        return serviceId;
    }

    int districtCode() {
        return districtCode;
    }

    String providerIco() {
        return providerIco;
    }

    ProposalState state() {
        return state;
    }

    EditableFields proposed() {
        return proposed == null ? EditableFields.NONE : proposed;
    }

    EditableFields was() {
        return was == null ? EditableFields.NONE : was;
    }

    String proposedByName() {
        return proposedByName;
    }

    String proposedByEmail() {
        return proposedByEmail;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String reason() {
        return reason;
    }

    long version() {
        return version;
    }
}
