package cz.planovna.analysis;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the audit trail of interviews, findings and SWOT analyses of an ORP. */
@Entity
@Table(name = "analysis_findings_audit")
class FindingsAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.persistence.Column(name = "district_code")
    private int districtCode;

    private Instant at;

    private String actor;

    private String action;

    private String label;

    protected FindingsAuditEntry() {}

    FindingsAuditEntry(int districtCode, Instant at, String actor, String action, String label) {
        this.districtCode = districtCode;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.label = label == null || label.length() <= 400 ? label : label.substring(0, 399) + "…";
    }

    AuditLine toLine() {
        return new AuditLine(at, actor, action, label);
    }
}
