package cz.planovna.strategy;

import cz.planovna.analysis.CapacitySort;
import cz.planovna.analysis.DemographicsReport;
import cz.planovna.analysis.NetworkAnalysis;
import cz.planovna.analysis.NetworkReport;
import cz.planovna.analysis.NetworkReport.CapacityTotal;
import cz.planovna.analysis.PyramidBand;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Figure;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The charts of the analytical part with their text alternatives: the age structure of the ORP's
 * population (a pyramid and the table of its bands) and the registered capacities of the social
 * services based in the ORP by service type (a bar chart and the table of capacities).
 */
@Component
class AnalysisFigures {

    private final NetworkAnalysis network;

    AnalysisFigures(NetworkAnalysis network) {
        this.network = network;
    }

    /** Adds the age pyramid of the report's current year and its table. */
    void ageStructure(PlanDocumentInput in, DemographicsReport report, SectionBuilder s) {
        ageStructure(in, report.current().year(), report.pyramid(), s);
    }

    static void ageStructure(PlanDocumentInput in, int currentYear, List<PyramidBand> bands, SectionBuilder s) {
        if (bands == null || bands.isEmpty()) {
            return;
        }
        String year = String.valueOf(currentYear);
        long men = bands.stream().mapToLong(PyramidBand::men).sum();
        long women = bands.stream().mapToLong(PyramidBand::women).sum();
        PyramidBand largest = bands.stream()
                .max(Comparator.comparingLong((PyramidBand b) -> b.men() + b.women()))
                .orElseThrow();
        byte[] png = PlanCharts.pyramid(
                bands.stream()
                        .map(b -> new PlanCharts.Band(b.label(), b.men(), b.women()))
                        .toList(),
                in.msg("strategy.doc.chart.men"),
                in.msg("strategy.doc.chart.women"),
                v -> in.fmt().number(v));
        s.figure(figure(
                in.msg("strategy.doc.chart.age.caption", year),
                in.msg(
                        "strategy.doc.chart.age.alt",
                        year,
                        in.fmt().number(men),
                        in.fmt().number(women),
                        largest.label()),
                png));
        List<Row> rows = new ArrayList<>();
        for (int i = bands.size() - 1; i >= 0; i--) {
            PyramidBand b = bands.get(i);
            rows.add(new Row(
                    List.of(
                            Cell.text(b.label()),
                            number(in, b.men()),
                            number(in, b.women()),
                            number(in, b.men() + b.women())),
                    false));
        }
        rows.add(new Row(
                List.of(
                        Cell.text(in.msg("strategy.doc.col.total")),
                        number(in, men),
                        number(in, women),
                        number(in, men + women)),
                true));
        s.table(new Table(
                in.msg("strategy.doc.sheet.ageStructure"),
                in.msg("strategy.doc.chart.age.table", year),
                List.of(
                        in.msg("strategy.doc.col.ageBand"),
                        in.msg("strategy.doc.chart.men"),
                        in.msg("strategy.doc.chart.women"),
                        in.msg("strategy.doc.col.total")),
                rows,
                true));
    }

    /**
     * The network subchapter: the capacities of the services based in the ORP by type, form and
     * unit as a chart and a table (units differ, so each bar is scaled within its unit).
     */
    Section network(PlanDocumentInput in) {
        NetworkReport report = network.fullReport(in.orp().code(), null, null, CapacitySort.TYPE);
        return network(in, report.totals(), report.illustrativeServices());
    }

    static Section network(PlanDocumentInput in, List<CapacityTotal> capacities, boolean illustrative) {
        SectionBuilder s = new SectionBuilder("sit", in.msg("strategy.doc.network.heading"));
        List<CapacityTotal> totals = sorted(capacities);
        if (totals.isEmpty()) {
            return s.paragraph(in.msg("strategy.doc.network.none"))
                    .paragraph(in.msg("strategy.doc.network.text"))
                    .build();
        }
        int services = totals.stream().mapToInt(CapacityTotal::services).sum();
        s.paragraph(in.msg(
                "strategy.doc.network.summary",
                in.fmt().number(totals.size()),
                in.fmt().number(services)));
        if (illustrative) {
            s.paragraph(in.msg("analysis.network.illustrative"));
        }
        Map<String, Double> maxByUnit = new LinkedHashMap<>();
        totals.forEach(t -> maxByUnit.merge(t.unit().name(), t.amount(), Math::max));
        List<PlanCharts.Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CapacityTotal t : totals) {
            String unit = in.msg("analysis.network.unit." + t.unit().name());
            String form = in.msg("analysis.network.form." + t.form().name());
            double max = maxByUnit.get(t.unit().name());
            bars.add(new PlanCharts.Bar(
                    t.typeName() + " (" + form + ")",
                    max <= 0 ? 0 : t.amount() / max,
                    in.fmt().number(t.amountValue()) + " " + unit));
            rows.add(new Row(
                    List.of(
                            Cell.text(t.typeName()),
                            Cell.text(form),
                            Cell.text(unit),
                            new Cell(in.fmt().number(t.amountValue()), t.amountValue()),
                            number(in, t.services())),
                    false));
        }
        CapacityTotal biggest = totals.stream()
                .max(Comparator.comparingInt(CapacityTotal::services))
                .orElseThrow();
        s.figure(figure(
                in.msg("strategy.doc.chart.network.caption"),
                in.msg(
                        "strategy.doc.chart.network.alt",
                        in.fmt().number(totals.size()),
                        biggest.typeName(),
                        in.fmt().number(biggest.services())),
                PlanCharts.bars(bars)));
        s.table(new Table(
                in.msg("strategy.doc.sheet.network"),
                in.msg("strategy.doc.network.table"),
                List.of(
                        in.msg("strategy.doc.col.type"),
                        in.msg("strategy.doc.col.form"),
                        in.msg("strategy.doc.col.unit"),
                        in.msg("strategy.doc.col.capacity"),
                        in.msg("strategy.doc.col.services")),
                rows,
                true));
        s.paragraph(in.msg("strategy.doc.network.text"));
        return s.build();
    }

    /** By unit, then largest capacity first, then the type's name in Czech order. */
    static List<CapacityTotal> sorted(List<CapacityTotal> totals) {
        return totals.stream()
                .sorted(Comparator.comparing((CapacityTotal t) -> t.unit().ordinal())
                        .thenComparing(Comparator.comparingDouble(CapacityTotal::amount)
                                .reversed())
                        .thenComparing(CzechCollation.comparing(CapacityTotal::typeName)))
                .toList();
    }

    static Figure figure(String caption, String alt, byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return new Figure(caption, alt, png, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell number(PlanDocumentInput in, long value) {
        return new Cell(in.fmt().number(value), value);
    }
}
