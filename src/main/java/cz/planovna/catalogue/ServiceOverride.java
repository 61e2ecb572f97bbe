package cz.planovna.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * The approved edits of a provider to one service, kept apart from the register's values so that a
 * re-import never overwrites them; they win over the register wherever the service is shown. Also
 * keeps the register's values at approval, to tell when the register changed a field since.
 */
@Entity
@BatchSize(size = CatalogueService.BATCH)
@Table(name = "catalogue_service_override")
class ServiceOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_override_seq")
    @SequenceGenerator(name = "catalogue_override_seq", sequenceName = "catalogue_override_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private EditableFields fields;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "description", column = @Column(name = "reg_description")),
        @AttributeOverride(name = "feesNote", column = @Column(name = "reg_fees_note")),
        @AttributeOverride(name = "openingHours", column = @Column(name = "reg_opening_hours")),
        @AttributeOverride(name = "phone", column = @Column(name = "reg_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "reg_email")),
        @AttributeOverride(name = "web", column = @Column(name = "reg_web"))
    })
    private EditableFields registerAtApproval;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Version
    private long version;

    protected ServiceOverride() {}

    ServiceOverride(EditableFields proposed, EditableFields register, Instant now, String approvedBy) {
        apply(proposed, register, now, approvedBy);
    }

    /** Takes an approved proposal: the fields that differ from the register become the override. */
    final void apply(EditableFields proposed, EditableFields register, Instant now, String by) {
        this.fields = EditableFields.overrideFor(proposed.normalized(), register);
        this.registerAtApproval = register;
        this.approvedAt = now;
        this.approvedBy = by;
    }

    EditableFields fields() {
        return fields == null ? EditableFields.NONE : fields;
    }

    EditableFields registerAtApproval() {
        return registerAtApproval == null ? EditableFields.NONE : registerAtApproval;
    }

    /** Overridden fields whose register value is no longer the one seen at approval. */
    List<EditableFields.Field> registerChangedSince(EditableFields registerNow) {
        return EditableFields.changed(registerAtApproval(), registerNow).stream()
                .filter(f -> f.of(fields()) != null)
                .toList();
    }

    Instant approvedAt() {
        return approvedAt;
    }

    String approvedBy() {
        return approvedBy;
    }
}
