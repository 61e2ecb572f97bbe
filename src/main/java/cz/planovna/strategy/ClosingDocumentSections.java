package cz.planovna.strategy;

import cz.planovna.shared.text.CzechCollation;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The § 3h parts after the strategy: duties of the parties (with the parties responsible for
 * measures), monitoring and evaluation (with every indicator and its targets), and how the plan
 * is changed (with the recorded amendments).
 */
@Component
class ClosingDocumentSections implements PlanDocumentSection {

    @Override
    public int order() {
        return 400;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        return List.of(duties(in), monitoring(in), changes(in));
    }

    private Section duties(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("povinnosti", in.msg("strategy.doc.duties.heading"));
        s.paragraph(in.msg("strategy.doc.duties.text"));
        s.items(List.of(
                in.msg("strategy.doc.duties.orp"),
                in.msg("strategy.doc.duties.region"),
                in.msg("strategy.doc.duties.providers"),
                in.msg("strategy.doc.duties.groups")));
        TreeSet<String> responsible = new TreeSet<>(CzechCollation.comparing(String::toString));
        in.tree().forEach(n -> {
            if (n.responsible() != null && !n.responsible().isBlank()) {
                responsible.add(n.responsible().strip());
            }
        });
        if (responsible.isEmpty()) {
            s.paragraph(in.msg("strategy.doc.duties.noneResponsible"));
        } else {
            s.paragraph(in.msg("strategy.doc.duties.responsible"));
            s.items(new ArrayList<>(responsible));
        }
        return s.build();
    }

    private Section monitoring(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("monitoring", in.msg("strategy.doc.monitoring.heading"));
        s.paragraph(in.msg("strategy.doc.monitoring.text"));
        List<NodeView> measures =
                in.tree().all().stream().filter(NodeView::isMeasure).toList();
        if (measures.stream().allMatch(m -> m.indicators().isEmpty())) {
            s.paragraph(in.msg("strategy.doc.monitoring.none"));
        } else {
            s.table(StrategyDocumentSection.indicatorTable(
                    in,
                    in.msg("strategy.doc.sheet.indicators"),
                    in.msg("strategy.doc.monitoring.table"),
                    measures,
                    true));
        }
        return s.build();
    }

    private Section changes(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("zmeny", in.msg("strategy.doc.changes.heading"));
        s.paragraph(in.msg("strategy.doc.changes.text"));
        if (in.amendments().isEmpty()) {
            s.paragraph(in.msg("strategy.doc.changes.none"));
        } else {
            s.paragraph(in.msg("strategy.doc.changes.list"));
            s.items(in.amendments().stream()
                    .sorted(java.util.Comparator.comparingInt(AmendmentView::number))
                    .map(a -> a.open()
                            ? in.msg("strategy.doc.changes.open", a.number(), a.summary(), a.reason())
                            : in.msg(
                                    "strategy.doc.changes.approved",
                                    a.number(),
                                    a.summary(),
                                    a.reason(),
                                    in.fmt().date(a.approvedOn()),
                                    a.approvedBy(),
                                    a.resolution()))
                    .toList());
        }
        return s.build();
    }
}
