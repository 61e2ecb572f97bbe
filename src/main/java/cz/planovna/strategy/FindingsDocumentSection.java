package cz.planovna.strategy;

import cz.planovna.analysis.FindingStatus;
import cz.planovna.analysis.FindingView;
import cz.planovna.analysis.FindingsQueries;
import cz.planovna.analysis.Importance;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The analytical part's summary of findings: the ORP's findings (rejected ones left out) grouped
 * by target group in Czech order, findings for no particular group last, each with its number
 * (Z-003, as measures cite it), importance and source; first a table of counts per group.
 */
@Component
class FindingsDocumentSection implements PlanDocumentSection {

    static final int ORDER = 210;

    private final FindingsQueries findings;

    FindingsDocumentSection(FindingsQueries findings) {
        this.findings = findings;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        return List.of(chapter(in, findings.findings(in.orp().code())));
    }

    static Section chapter(PlanDocumentInput in, List<FindingView> all) {
        SectionBuilder chapter = new SectionBuilder("zjisteni", in.msg("strategy.doc.findings.heading"));
        List<FindingView> used =
                all.stream().filter(f -> f.status() != FindingStatus.REJECTED).toList();
        if (used.isEmpty()) {
            return chapter.paragraph(in.msg("strategy.doc.findings.none")).build();
        }
        Map<String, List<FindingView>> groups = byGroup(in, used);
        chapter.paragraph(in.msg(
                "strategy.doc.findings.intro",
                in.fmt().number(used.size()),
                in.fmt().number(groups.size())));
        List<Row> summary = new ArrayList<>();
        long high = 0;
        for (Map.Entry<String, List<FindingView>> g : groups.entrySet()) {
            long groupHigh = g.getValue().stream()
                    .filter(f -> f.importance() == Importance.HIGH)
                    .count();
            high += groupHigh;
            summary.add(new Row(
                    List.of(Cell.text(g.getKey()), count(in, g.getValue().size()), count(in, groupHigh)), false));
        }
        summary.add(new Row(
                List.of(Cell.text(in.msg("strategy.doc.col.total")), count(in, used.size()), count(in, high)), true));
        chapter.table(new Table(
                in.msg("strategy.doc.sheet.findingsSummary"),
                in.msg("strategy.doc.findings.summary"),
                List.of(
                        in.msg("strategy.doc.col.targetGroup"),
                        in.msg("strategy.doc.col.findings"),
                        in.msg("strategy.doc.col.highImportance")),
                summary,
                true));
        int n = 0;
        for (Map.Entry<String, List<FindingView>> g : groups.entrySet()) {
            n++;
            List<Row> rows = new ArrayList<>();
            for (FindingView f : g.getValue()) {
                rows.add(new Row(
                        List.of(
                                Cell.text(f.label()),
                                Cell.text(f.statement()),
                                Cell.text(
                                        f.importance() == null
                                                ? ""
                                                : in.msg(f.importance().messageKey())),
                                Cell.text(source(in, f))),
                        false));
            }
            chapter.sub(new SectionBuilder("zjisteni-" + n, g.getKey())
                    .table(new Table(
                            in.msg("strategy.doc.sheet.findings", String.valueOf(n)),
                            in.msg("strategy.doc.findings.table", g.getKey()),
                            List.of(
                                    in.msg("strategy.doc.col.number"),
                                    in.msg("strategy.doc.col.finding"),
                                    in.msg("strategy.doc.col.importance"),
                                    in.msg("strategy.doc.col.findingSource")),
                            rows,
                            false))
                    .build());
        }
        return chapter.build();
    }

    /** Target groups in Czech order, then the findings for no particular group; findings by number. */
    static Map<String, List<FindingView>> byGroup(PlanDocumentInput in, List<FindingView> findings) {
        String general = in.msg("strategy.doc.findings.general");
        List<String> names = findings.stream()
                .map(FindingView::targetGroupName)
                .filter(name -> name != null && !name.isBlank())
                .distinct()
                .sorted(CzechCollation.comparing(s -> s))
                .toList();
        Map<String, List<FindingView>> groups = new LinkedHashMap<>();
        names.forEach(name -> groups.put(name, new ArrayList<>()));
        findings.stream()
                .sorted(Comparator.comparingInt(FindingView::number))
                .forEach(f -> groups.computeIfAbsent(
                                f.targetGroupName() == null
                                                || f.targetGroupName().isBlank()
                                        ? general
                                        : f.targetGroupName(),
                                k -> new ArrayList<>())
                        .add(f));
        return groups;
    }

    /** "rozhovor / fokusní skupina: Senioři v Miroticích – poznámka". */
    static String source(PlanDocumentInput in, FindingView f) {
        StringBuilder s = new StringBuilder(
                f.sourceKind() == null ? "" : in.msg(f.sourceKind().messageKey()));
        if (f.interviewTopic() != null && !f.interviewTopic().isBlank()) {
            s.append(": ").append(f.interviewTopic().strip());
        }
        if (f.sourceNote() != null && !f.sourceNote().isBlank()) {
            s.append(s.isEmpty() ? "" : " – ").append(f.sourceNote().strip());
        }
        return s.toString();
    }

    private static Cell count(PlanDocumentInput in, long value) {
        return new Cell(in.fmt().number(value), value);
    }
}
