package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding or a SWOT item (of the analysis module) that a measure cites as its justification. */
@Entity
@Table(name = "strategy_measure_citation")
class MeasureCitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id")
    private long nodeId;

    @Column(name = "finding_id")
    private Long findingId;

    @Column(name = "swot_item_id")
    private Long swotItemId;

    protected MeasureCitation() {}

    private MeasureCitation(long nodeId, Long findingId, Long swotItemId) {
        this.nodeId = nodeId;
        this.findingId = findingId;
        this.swotItemId = swotItemId;
    }

    static MeasureCitation finding(long nodeId, long findingId) {
        return new MeasureCitation(nodeId, findingId, null);
    }

    static MeasureCitation swotItem(long nodeId, long swotItemId) {
        return new MeasureCitation(nodeId, null, swotItemId);
    }

    long nodeId() {
        return nodeId;
    }

    Long findingId() {
        return findingId;
    }

    Long swotItemId() {
        return swotItemId;
    }
}
