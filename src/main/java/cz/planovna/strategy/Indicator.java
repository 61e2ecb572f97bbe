package cz.planovna.strategy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** How the fulfilment of a measure is measured: a unit, a baseline and a target per year. */
@Entity
@Table(name = "strategy_indicator")
class Indicator {

    static final int NAME_MAX = 300;
    static final int UNIT_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String name;

    private String unit;

    private BigDecimal baseline;

    @ElementCollection
    @CollectionTable(name = "strategy_indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "target_year")
    @Column(name = "target_value")
    private Map<Integer, BigDecimal> targets = new HashMap<>();

    protected Indicator() {}

    Indicator(int position, String name, String unit, BigDecimal baseline, Map<Integer, BigDecimal> targets) {
        this.position = position;
        this.name = Texts.required(name, NAME_MAX);
        this.unit = Texts.required(unit, UNIT_MAX);
        this.baseline = baseline;
        this.targets.putAll(targets);
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    IndicatorView toView() {
        return new IndicatorView(id, name, unit, baseline, new TreeMap<>(targets));
    }
}
