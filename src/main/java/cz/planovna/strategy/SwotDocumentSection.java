package cz.planovna.strategy;

import cz.planovna.analysis.Quadrant;
import cz.planovna.analysis.SwotItemView;
import cz.planovna.analysis.SwotQueries;
import cz.planovna.analysis.SwotView;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SWOT chapter: every SWOT analysis of the ORP that has items, each quadrant as a table of its
 * items ranked by the members' average score (never anybody's own scores).
 */
@Component
class SwotDocumentSection implements PlanDocumentSection {

    static final int ORDER = 220;

    private final SwotQueries swots;

    SwotDocumentSection(SwotQueries swots) {
        this.swots = swots;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        return List.of(chapter(in, swots.swots(in.orp().code())));
    }

    static Section chapter(PlanDocumentInput in, List<SwotView> all) {
        SectionBuilder chapter = new SectionBuilder("swot", in.msg("strategy.doc.swot.heading"));
        List<SwotView> used = all.stream().filter(s -> s.itemCount() > 0).toList();
        if (used.isEmpty()) {
            return chapter.paragraph(in.msg("strategy.doc.swot.none")).build();
        }
        chapter.paragraph(in.msg("strategy.doc.swot.intro"));
        int n = 0;
        for (SwotView swot : used) {
            n++;
            SectionBuilder s = new SectionBuilder(
                    "swot-" + swot.id(),
                    swot.groupName() == null
                            ? swot.name()
                            : in.msg("strategy.doc.swot.named", swot.name(), swot.groupName()));
            s.paragraph(in.msg("strategy.doc.swot.voters", in.fmt().number(swot.voters())));
            List<String> empty = new ArrayList<>();
            for (Quadrant q : Quadrant.values()) {
                List<SwotItemView> items = swot.items(q);
                String quadrant = in.msg(q.messageKey());
                if (items.isEmpty()) {
                    empty.add(quadrant);
                    continue;
                }
                List<Row> rows = new ArrayList<>();
                int rank = 0;
                for (SwotItemView item : items) {
                    rank++;
                    BigDecimal average = item.average() == null
                            ? null
                            : BigDecimal.valueOf(item.average()).setScale(1, RoundingMode.HALF_UP);
                    rows.add(new Row(
                            List.of(
                                    new Cell(String.valueOf(rank), rank),
                                    Cell.text(item.text()),
                                    average == null
                                            ? Cell.text("–")
                                            : new Cell(in.fmt().number(average), average),
                                    new Cell(in.fmt().number(item.votes()), item.votes())),
                            false));
                }
                s.table(new Table(
                        in.msg("strategy.doc.sheet.swot", String.valueOf(n), quadrant),
                        in.msg("strategy.doc.swot.table", quadrant, swot.name()),
                        List.of(
                                in.msg("strategy.doc.col.rank"),
                                quadrant,
                                in.msg("strategy.doc.col.average"),
                                in.msg("strategy.doc.col.votes")),
                        rows,
                        true));
            }
            if (!empty.isEmpty()) {
                s.paragraph(in.msg("strategy.doc.swot.emptyQuadrants", String.join(", ", empty)));
            }
            chapter.sub(s.build());
        }
        return chapter.build();
    }
}
