package cz.planovna.strategy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A priority area, goal, measure or activity of a plan. Its parent is fixed at creation and must be
 * of the level above, so the tree can have neither cycles nor orphans; a node is only marked removed
 * (never deleted) so that what refers to it keeps working. Costs and indicators belong to measures
 * and are guarded by the node's version.
 */
@Entity
@Table(name = "strategy_node")
class StrategyNode {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int SHORT_MAX = 300;
    static final int LIST_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private NodeKind kind;

    private int position;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind")
    private MeasureKind measureKind;

    @Column(name = "service_types")
    private String serviceTypes;

    @Column(name = "target_groups")
    private String targetGroups;

    private String municipalities;

    private String justification;

    private String responsible;

    private String partners;

    private boolean removed;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "strategy_cost", joinColumns = @JoinColumn(name = "node_id"))
    private Set<Cost> costs = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "node_id", nullable = false)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected StrategyNode() {}

    StrategyNode(long planId, StrategyNode parent, NodeKind kind, int position, NodeDetails details) {
        if (parent == null ? kind != NodeKind.PRIORITY : parent.kind != kind.parentKind()) {
            throw new IllegalArgumentException(
                    kind + " cannot be placed under " + (parent == null ? "the plan" : parent.kind));
        }
        if (parent != null && (parent.planId != planId || parent.removed)) {
            throw new IllegalArgumentException("parent of another plan or removed");
        }
        this.planId = planId;
        this.parentId = parent == null ? null : parent.id;
        this.kind = kind;
        this.position = position;
        change(details);
    }

    void change(NodeDetails d) {
        this.title = Texts.required(d.title(), TITLE_MAX);
        this.description = Texts.optional(d.description(), TEXT_MAX);
        this.responsible = Texts.optional(d.responsible(), SHORT_MAX);
        if (kind == NodeKind.MEASURE) {
            this.measureKind = Objects.requireNonNull(d.measureKind(), "measure kind");
            this.serviceTypes = joined(d.serviceTypes());
            this.targetGroups = joined(d.targetGroups());
            this.municipalities =
                    joined(d.municipalities().stream().map(String::valueOf).toList());
            this.justification = Texts.optional(d.justification(), TEXT_MAX);
            this.partners = Texts.optional(d.partners(), LIST_MAX);
        }
    }

    void moveTo(int position) {
        this.position = position;
    }

    void remove() {
        this.removed = true;
    }

    /** Replaces all costs; amounts of zero are not stored. */
    void replaceCosts(List<CostLine> lines) {
        requireMeasure();
        costs.clear();
        for (CostLine line : lines) {
            if (line.amount() < 0) {
                throw new IllegalArgumentException("negative amount");
            }
            if (line.amount() > 0) {
                costs.add(new Cost(line.year(), line.source(), line.amount()));
            }
        }
    }

    void addIndicator(
            String name,
            String unit,
            java.math.BigDecimal baseline,
            java.util.Map<Integer, java.math.BigDecimal> targets) {
        requireMeasure();
        int next = indicators.stream().mapToInt(Indicator::position).max().orElse(0) + 1;
        indicators.add(new Indicator(next, name, unit, baseline, targets));
    }

    boolean removeIndicator(long indicatorId) {
        return indicators.removeIf(i -> Objects.equals(i.id(), indicatorId));
    }

    private void requireMeasure() {
        if (kind != NodeKind.MEASURE) {
            throw new IllegalStateException("only measures have costs and indicators");
        }
    }

    private static String joined(List<String> values) {
        String value = values == null
                ? ""
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .collect(Collectors.joining(","));
        if (value.length() > LIST_MAX * 4) {
            throw new IllegalArgumentException("list too long");
        }
        return value.isEmpty() ? null : value;
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    Long parentId() {
        return parentId;
    }

    NodeKind kind() {
        return kind;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    boolean removed() {
        return removed;
    }

    long version() {
        return version;
    }

    NodeData toData() {
        return new NodeData(
                id,
                parentId,
                kind,
                position,
                title,
                description,
                measureKind,
                split(serviceTypes),
                split(targetGroups),
                split(municipalities).stream().map(Integer::valueOf).toList(),
                justification,
                responsible,
                partners,
                costs.stream().map(Cost::toLine).toList(),
                indicators.stream().map(Indicator::toView).toList(),
                version);
    }

    /** One amount of a measure: a year and a funding source, in whole crowns. */
    @Embeddable
    static class Cost {

        @Column(name = "cost_year")
        private int year;

        @Enumerated(EnumType.STRING)
        private FundingSource source;

        private long amount;

        protected Cost() {}

        Cost(int year, FundingSource source, long amount) {
            this.year = year;
            this.source = source;
            this.amount = amount;
        }

        CostLine toLine() {
            return new CostLine(year, source, amount);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cost c && c.year == year && c.source == source;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, source);
        }
    }
}
