package cz.planovna.strategy;

import cz.planovna.analysis.DemographicsQueries;
import cz.planovna.analysis.DemographicsReport;
import cz.planovna.analysis.ObecSort;
import cz.planovna.analysis.ProjectionPoint;
import cz.planovna.analysis.YearSummary;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import cz.planovna.survey.SurveyBuilder;
import cz.planovna.survey.SurveyResults;
import cz.planovna.survey.SurveySummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The analytical part: demographics of the ORP (population by age groups over the years, the
 * projection of seniors) and the findings of closed surveys (the most frequent answers of each
 * closed question). Parts without data say so.
 */
@Component
class AnalysisDocumentSection implements PlanDocumentSection {

    static final int TOP_ANSWERS = 3;

    private final DemographicsQueries demographics;
    private final SurveyBuilder surveys;
    private final SurveyResults results;
    private final AnalysisFigures figures;

    AnalysisDocumentSection(
            DemographicsQueries demographics, SurveyBuilder surveys, SurveyResults results, AnalysisFigures figures) {
        this.demographics = demographics;
        this.surveys = surveys;
        this.results = results;
        this.figures = figures;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        SectionBuilder chapter = new SectionBuilder("analyza", in.msg("strategy.doc.analysis.heading"));
        chapter.paragraph(in.msg("strategy.doc.analysis.intro"));
        chapter.sub(demography(in));
        chapter.sub(figures.network(in));
        chapter.sub(surveys(in));
        return List.of(chapter.build());
    }

    private Section demography(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("demografie", in.msg("strategy.doc.demography.heading"));
        DemographicsReport report = demographics.fullReport(in.orp().code(), null, ObecSort.NAZEV);
        if (!report.hasData()) {
            return s.paragraph(in.msg("strategy.doc.demography.none")).build();
        }
        YearSummary now = report.current();
        s.paragraph(in.msg(
                "strategy.doc.demography.summary",
                in.fmt().date(now.refDate()),
                in.fmt().number(now.total()),
                in.fmt().number(now.seniorsShare()),
                in.fmt().number(now.ageingIndex())));
        if (report.synthetic()) {
            s.paragraph(in.msg("strategy.doc.demography.synthetic"));
        }
        figures.ageStructure(in, report, s);
        List<Row> rows = new ArrayList<>();
        for (YearSummary y : report.trend()) {
            rows.add(new Row(
                    List.of(
                            new Cell(String.valueOf(y.year()), y.year()),
                            number(in, y.total()),
                            number(in, y.children()),
                            number(in, y.working()),
                            number(in, y.seniors()),
                            number(in, y.oldest()),
                            y.ageingIndex() == null
                                    ? Cell.text("–")
                                    : new Cell(in.fmt().number(y.ageingIndex()), y.ageingIndex())),
                    false));
        }
        s.table(new Table(
                in.msg("strategy.doc.sheet.population"),
                in.msg("strategy.doc.demography.table"),
                List.of(
                        in.msg("strategy.doc.col.year"),
                        in.msg("strategy.doc.col.population"),
                        in.msg("strategy.doc.col.children"),
                        in.msg("strategy.doc.col.working"),
                        in.msg("strategy.doc.col.seniors"),
                        in.msg("strategy.doc.col.oldest"),
                        in.msg("strategy.doc.col.ageing")),
                rows,
                true));
        if (!report.projection().isEmpty()) {
            List<Row> projection = new ArrayList<>();
            for (ProjectionPoint p : report.projection()) {
                projection.add(new Row(
                        List.of(
                                new Cell(String.valueOf(p.year()), p.year()),
                                number(in, p.seniors()),
                                number(in, p.oldest())),
                        false));
            }
            s.table(new Table(
                    in.msg("strategy.doc.sheet.projection"),
                    in.msg("strategy.doc.demography.projection"),
                    List.of(
                            in.msg("strategy.doc.col.year"),
                            in.msg("strategy.doc.col.seniors"),
                            in.msg("strategy.doc.col.oldest")),
                    projection,
                    true));
        }
        return s.build();
    }

    private Section surveys(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("setreni", in.msg("strategy.doc.surveys.heading"));
        List<SurveySummary> closed = new ArrayList<>();
        Page<SurveySummary> page;
        int n = 0;
        do {
            page = surveys.list(in.orp().code(), n++);
            page.filter(x -> x.survey().closed()).forEach(closed::add);
        } while (page.hasNext());
        if (closed.isEmpty()) {
            return s.paragraph(in.msg("strategy.doc.surveys.none")).build();
        }
        for (SurveySummary survey : closed) {
            s.paragraph(in.msg(
                    "strategy.doc.surveys.survey",
                    survey.survey().title(),
                    in.fmt().number(survey.submitted())));
            SurveyResults.Report report =
                    results.report(in.orp().code(), survey.survey().id(), null);
            List<String> findings = new ArrayList<>();
            for (SurveyResults.QuestionResult q : report.questions()) {
                if (q.bars() == null || q.bars().isEmpty() || q.answered() == 0) {
                    continue;
                }
                List<String> top = q.bars().stream()
                        .filter(b -> b.count() > 0)
                        .sorted(Comparator.comparingLong(SurveyResults.Bar::count)
                                .reversed())
                        .limit(TOP_ANSWERS)
                        .map(b -> in.msg("strategy.doc.surveys.answer", b.label(), percent(in, b.percent())))
                        .toList();
                if (!top.isEmpty()) {
                    findings.add(
                            in.msg("strategy.doc.surveys.question", q.question().text(), String.join("; ", top)));
                }
            }
            if (findings.isEmpty()) {
                s.paragraph(in.msg("strategy.doc.surveys.noFindings"));
            }
            s.items(findings);
        }
        return s.build();
    }

    private static String percent(PlanDocumentInput in, BigDecimal p) {
        return p == null ? "–" : in.fmt().number(p) + "\u00A0%";
    }

    private static Cell number(PlanDocumentInput in, long value) {
        return new Cell(in.fmt().number(value), value);
    }
}
