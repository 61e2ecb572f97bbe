package cz.planovna.strategy;

import cz.planovna.process.GroupSummary;
import cz.planovna.process.MeetingQueries;
import cz.planovna.process.MeetingSummary;
import cz.planovna.process.PlanningQueries;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Introduction and the planning process: the plan's facts, working groups, members, meetings held. */
@Component
class ProcessDocumentSection implements PlanDocumentSection {

    private final PlanningQueries planning;
    private final MeetingQueries meetings;

    ProcessDocumentSection(PlanningQueries planning, MeetingQueries meetings) {
        this.planning = planning;
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        PlanSummary plan = in.plan();
        SectionBuilder intro = new SectionBuilder("uvod", in.msg("strategy.doc.intro.heading"));
        intro.paragraph(in.msg(
                "strategy.doc.intro.text",
                plan.title(),
                in.orp().name(),
                String.valueOf(plan.yearFrom()),
                String.valueOf(plan.yearTo())));
        intro.paragraph(in.msg("strategy.doc.intro.law"));
        if (plan.approvedOn() != null) {
            intro.paragraph(in.msg(
                    "strategy.doc.intro.approved",
                    plan.approvedBy(),
                    in.fmt().date(plan.approvedOn()),
                    plan.resolution()));
        } else {
            intro.paragraph(
                    in.msg("strategy.doc.intro.state", in.msg(plan.state().messageKey())));
        }

        SectionBuilder process = new SectionBuilder("proces", in.msg("strategy.doc.process.heading"));
        List<GroupSummary> groups =
                new ArrayList<>(planning.overview(in.orp().code()).groups());
        groups.sort(CzechCollation.comparing(GroupSummary::name));
        Map<Long, Integer> held = new HashMap<>();
        int total = 0;
        Page<MeetingSummary> page;
        int n = 0;
        do {
            page = meetings.meetings(in.orp().code(), n++);
            for (MeetingSummary m : page) {
                if (!m.cancelled() && m.date().isBefore(in.generatedOn().plusDays(1))) {
                    held.merge(m.groupId(), 1, Integer::sum);
                    total++;
                }
            }
        } while (page.hasNext());
        if (groups.isEmpty()) {
            process.paragraph(in.msg("strategy.doc.process.none"));
        } else {
            int members = groups.stream().mapToInt(GroupSummary::memberCount).sum();
            process.paragraph(in.msg("strategy.doc.process.summary", groups.size(), members, total));
            List<Row> rows = new ArrayList<>();
            for (GroupSummary g : groups) {
                int count = held.getOrDefault(g.id(), 0);
                rows.add(new Row(
                        List.of(
                                Cell.text(g.name()),
                                Cell.text(g.area()),
                                new Cell(String.valueOf(g.memberCount()), g.memberCount()),
                                new Cell(String.valueOf(count), count)),
                        false));
            }
            rows.add(new Row(
                    List.of(
                            Cell.text(in.msg("strategy.doc.col.total")),
                            Cell.text(""),
                            new Cell(String.valueOf(members), members),
                            new Cell(String.valueOf(total), total)),
                    true));
            process.table(new Table(
                    in.msg("strategy.doc.sheet.groups"),
                    in.msg("strategy.doc.process.table"),
                    List.of(
                            in.msg("strategy.doc.col.group"),
                            in.msg("strategy.doc.col.area"),
                            in.msg("strategy.doc.col.members"),
                            in.msg("strategy.doc.col.meetings")),
                    rows,
                    true));
        }
        intro.sub(process.build());
        return List.of(intro.build());
    }
}
