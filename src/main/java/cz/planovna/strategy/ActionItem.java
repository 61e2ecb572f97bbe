package cz.planovna.strategy;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One measure or activity in an action plan: a copy of what the medium-term plan planned for the
 * year (amounts by funding source, responsible party) next to the action plan's own budget, who,
 * when and note. Left-out items stay stored (marked removed) so the difference keeps showing them.
 */
@Entity
@Table(name = "strategy_action_item")
class ActionItem {

    static final int RESPONSIBLE_MAX = 300;
    static final int NOTE_MAX = 2000;
    /** More than a billion crowns for one item of an ORP's action plan is a typing error. */
    static final long AMOUNT_MAX = 1_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_plan_id")
    private long actionPlanId;

    @Column(name = "node_id")
    private long nodeId;

    private int position;

    @Enumerated(EnumType.STRING)
    private ItemOrigin origin;

    private boolean removed;

    @Column(name = "planned_responsible")
    private String plannedResponsible;

    private String responsible;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_kind")
    private ActionTerm term;

    @Column(name = "date_from")
    private LocalDate dateFrom;

    @Column(name = "date_to")
    private LocalDate dateTo;

    private String note;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "strategy_action_amount", joinColumns = @JoinColumn(name = "item_id"))
    private Set<Amount> amounts = new HashSet<>();

    protected ActionItem() {}

    /** A new item; the budget starts as planned, who as planned, for the whole year. */
    ActionItem(
            long actionPlanId,
            long nodeId,
            int position,
            ItemOrigin origin,
            List<CostLine> planned,
            String plannedResponsible) {
        this.actionPlanId = actionPlanId;
        this.nodeId = nodeId;
        this.position = position;
        this.origin = origin;
        this.plannedResponsible = Texts.optional(plannedResponsible, RESPONSIBLE_MAX);
        this.responsible = this.plannedResponsible;
        this.term = ActionTerm.YEAR;
        for (CostLine line : planned) {
            if (line.amount() > 0) {
                amounts.add(new Amount(line.source(), line.amount(), line.amount()));
            }
        }
    }

    /** Replaces the budget; planned amounts stay. Zero rows without a plan are not stored. */
    void budget(Map<FundingSource, Long> budget) {
        Map<FundingSource, Long> planned = planned();
        amounts.clear();
        for (FundingSource source : FundingSource.values()) {
            long b = budget.getOrDefault(source, 0L);
            long p = planned.getOrDefault(source, 0L);
            if (b < 0 || b > AMOUNT_MAX) {
                throw new IllegalArgumentException("amount out of range: " + b);
            }
            if (b > 0 || p > 0) {
                amounts.add(new Amount(source, p, b));
            }
        }
    }

    void schedule(String responsible, ActionTerm term, LocalDate from, LocalDate to, String note) {
        this.responsible = Texts.optional(responsible, RESPONSIBLE_MAX);
        this.term = Objects.requireNonNull(term);
        this.dateFrom = term == ActionTerm.RANGE ? from : null;
        this.dateTo = term == ActionTerm.RANGE ? to : null;
        this.note = Texts.optional(note, NOTE_MAX);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void remove() {
        this.removed = true;
    }

    void restore() {
        this.removed = false;
    }

    Map<FundingSource, Long> planned() {
        Map<FundingSource, Long> map = new EnumMap<>(FundingSource.class);
        amounts.forEach(a -> map.put(a.source, a.planned));
        return map;
    }

    Map<FundingSource, Long> budgetBySource() {
        Map<FundingSource, Long> map = new EnumMap<>(FundingSource.class);
        amounts.forEach(a -> map.put(a.source, a.budget));
        return map;
    }

    Long id() {
        return id;
    }

    long actionPlanId() {
        return actionPlanId;
    }

    long nodeId() {
        return nodeId;
    }

    int position() {
        return position;
    }

    boolean removed() {
        return removed;
    }

    long version() {
        return version;
    }

    ActionItemData toData() {
        return new ActionItemData(
                id == null ? 0 : id,
                nodeId,
                position,
                origin,
                removed,
                planned(),
                budgetBySource(),
                plannedResponsible,
                responsible,
                term,
                dateFrom,
                dateTo,
                note,
                version);
    }

    /** Planned and budgeted amount of one funding source, in whole crowns. */
    @Embeddable
    static class Amount {

        @Enumerated(EnumType.STRING)
        private FundingSource source;

        private long planned;

        private long budget;

        protected Amount() {}

        Amount(FundingSource source, long planned, long budget) {
            this.source = source;
            this.planned = planned;
            this.budget = budget;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Amount a && a.source == source;
        }

        @Override
        public int hashCode() {
            return Objects.hash(source);
        }
    }
}
