package cz.planovna.monitoring;

import cz.planovna.monitoring.EvaluationDocument.Block;
import cz.planovna.monitoring.EvaluationDocument.Chapter;
import cz.planovna.monitoring.EvaluationDocument.Paragraph;
import cz.planovna.monitoring.EvaluationDocument.Row;
import cz.planovna.monitoring.EvaluationDocument.Table;
import cz.planovna.monitoring.EvaluationInput.GoalInput;
import cz.planovna.monitoring.EvaluationInput.IndicatorInput;
import cz.planovna.monitoring.EvaluationInput.MeasureInput;
import cz.planovna.monitoring.EvaluationInput.MoneyLine;
import cz.planovna.monitoring.EvaluationInput.PriorityInput;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.strategy.FundingSource;
import cz.planovna.survey.SurveyDigest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts an evaluation document together from the monitoring figures ({@link EvaluationInput}) and
 * the coordinator's texts ({@link EvaluationView}): summary, fulfilment per priority, goal and
 * measure, money planned and spent per funding source, indicators per year, conclusions and the
 * evaluation of the process. Pure: the same input gives the same document.
 */
@Component
class EvaluationDocumentBuilder {

    static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MessageSource messages;
    private final CzechFormats fmt;

    EvaluationDocumentBuilder(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    EvaluationDocument build(EvaluationView evaluation, EvaluationInput in, LocalDate today) {
        return build(evaluation, in, null, today);
    }

    /** {@code survey}: aggregated results of the participants' questionnaire, null when none is linked. */
    EvaluationDocument build(
            EvaluationView evaluation, EvaluationInput in, SurveyDigest.Aggregate survey, LocalDate today) {
        String period = in.yearFrom() + "–" + in.yearTo();
        String title = evaluation.yearly()
                ? msg("evaluation.doc.title.YEARLY", String.valueOf(evaluation.year()))
                : msg("evaluation.doc.title.FINAL", period);
        List<String> facts = new ArrayList<>();
        facts.add(msg("evaluation.doc.fact.orp", in.orpName()));
        facts.add(msg("evaluation.doc.fact.plan", in.planTitle(), period));
        facts.add(
                evaluation.yearly()
                        ? msg("evaluation.doc.fact.year", String.valueOf(evaluation.year()))
                        : msg("evaluation.doc.fact.years", years(in.years())));
        facts.add(msg("evaluation.doc.fact.state", msg(evaluation.state().messageKey())));
        facts.add(msg("evaluation.doc.fact.date", fmt.date(today)));

        List<Chapter> chapters = new ArrayList<>();
        chapters.add(summary(evaluation, in));
        chapters.add(fulfilment(in));
        chapters.add(money(in));
        chapters.add(indicators(in));
        chapters.add(conclusions(evaluation, in));
        chapters.add(process(evaluation.process(), survey));
        return new EvaluationDocument(
                title,
                in.orpName(),
                msg("evaluation.doc.subtitle", in.orpName()),
                facts,
                in.orpName() + " – " + title,
                chapters);
    }

    // ---- chapters -----------------------------------------------------------------------------

    private Chapter summary(EvaluationView evaluation, EvaluationInput in) {
        List<Block> blocks = new ArrayList<>();
        if (evaluation.summary() != null) {
            paragraphs(evaluation.summary(), blocks);
        } else {
            blocks.add(new Paragraph(msg("evaluation.doc.summary.none")));
        }
        blocks.add(new Paragraph(
                msg("evaluation.doc.summary.fulfilment", percent(in.fulfilment()), level(in.fulfilment()))));
        MoneyLine total = total(sumBySource(in));
        blocks.add(new Paragraph(msg(
                "evaluation.doc.summary.money",
                fmt.money(total.spent()),
                fmt.money(total.planned()),
                percent(spentShare(total)))));
        return new Chapter("shrnuti", msg("evaluation.doc.chapter.summary"), blocks, List.of());
    }

    private Chapter fulfilment(EvaluationInput in) {
        List<Row> rows = new ArrayList<>();
        for (PriorityInput p : in.priorities()) {
            rows.add(new Row(List.of(p.label(), percent(p.fulfilment()), level(p.fulfilment()), ""), 1));
            for (GoalInput g : p.goals()) {
                rows.add(new Row(List.of(g.label(), percent(g.fulfilment()), level(g.fulfilment()), ""), 2));
                for (MeasureInput m : g.measures()) {
                    rows.add(new Row(
                            List.of(m.label(), percent(m.fulfilment()), level(m.fulfilment()), msg(m.stateKey())), 3));
                }
            }
        }
        rows.add(new Row(
                List.of(msg("evaluation.doc.plan.total"), percent(in.fulfilment()), level(in.fulfilment()), ""), 9));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(msg("evaluation.doc.fulfilment.lead", String.valueOf(in.stateYear()))));
        blocks.add(new Table(
                msg("evaluation.doc.fulfilment.caption"),
                List.of(
                        msg("evaluation.doc.col.item"),
                        msg("evaluation.doc.col.fulfilment"),
                        msg("evaluation.doc.col.level"),
                        msg("evaluation.doc.col.state")),
                List.of(false, true, false, false),
                rows));
        List<Chapter> comments = new ArrayList<>();
        List<Block> commentBlocks = new ArrayList<>();
        for (PriorityInput p : in.priorities()) {
            for (GoalInput g : p.goals()) {
                for (MeasureInput m : g.measures()) {
                    if (m.comment() != null && !m.comment().isBlank()) {
                        commentBlocks.add(
                                new Paragraph(m.label() + ": " + m.comment().strip()));
                    }
                }
            }
        }
        if (!commentBlocks.isEmpty()) {
            comments.add(new Chapter("komentare", msg("evaluation.doc.comments"), commentBlocks, List.of()));
        }
        return new Chapter("plneni", msg("evaluation.doc.chapter.fulfilment"), blocks, comments);
    }

    private Chapter money(EvaluationInput in) {
        Map<FundingSource, MoneyLine> bySource = sumBySource(in);
        List<Row> rows = new ArrayList<>();
        for (MoneyLine line : bySource.values()) {
            rows.add(moneyRow(msg(line.source().messageKey()), line, 0));
        }
        rows.add(moneyRow(msg("evaluation.doc.money.total"), total(bySource), 9));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(msg("evaluation.doc.money.lead", years(in.years()))));
        if (bySource.isEmpty()) {
            blocks.add(new Paragraph(msg("evaluation.doc.money.none")));
        } else {
            blocks.add(new Table(
                    msg("evaluation.doc.money.caption"),
                    List.of(
                            msg("evaluation.doc.col.source"),
                            msg("evaluation.doc.col.planned"),
                            msg("evaluation.doc.col.spent"),
                            msg("evaluation.doc.col.share")),
                    List.of(false, true, true, true),
                    rows));
        }
        return new Chapter("finance", msg("evaluation.doc.chapter.money"), blocks, List.of());
    }

    private Row moneyRow(String label, MoneyLine line, int level) {
        return new Row(
                List.of(label, fmt.money(line.planned()), fmt.money(line.spent()), percent(spentShare(line))), level);
    }

    private Chapter indicators(EvaluationInput in) {
        List<String> header = new ArrayList<>(List.of(
                msg("evaluation.doc.col.indicator"),
                msg("evaluation.doc.col.baseline"),
                msg("evaluation.doc.col.target")));
        List<Boolean> numeric = new ArrayList<>(List.of(false, true, true));
        for (int year : in.years()) {
            header.add(msg("evaluation.doc.col.actual", String.valueOf(year)));
            numeric.add(true);
        }
        header.add(msg("evaluation.doc.col.fulfilment"));
        numeric.add(true);
        List<Row> rows = new ArrayList<>();
        for (PriorityInput p : in.priorities()) {
            for (GoalInput g : p.goals()) {
                for (MeasureInput m : g.measures()) {
                    if (m.indicators().isEmpty()) {
                        continue;
                    }
                    List<String> measureRow = new ArrayList<>(Collections.nCopies(header.size(), ""));
                    measureRow.set(0, m.label());
                    rows.add(new Row(measureRow, 2));
                    for (IndicatorInput i : m.indicators()) {
                        List<String> cells = new ArrayList<>();
                        cells.add(i.unit() == null || i.unit().isBlank() ? i.name() : i.name() + " (" + i.unit() + ")");
                        cells.add(number(i.baseline()));
                        cells.add(number(i.target()));
                        for (int year : in.years()) {
                            cells.add(number(i.actuals().get(year)));
                        }
                        cells.add(percent(i.fulfilment()));
                        rows.add(new Row(cells, 0));
                    }
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(msg("evaluation.doc.indicators.none")));
        } else {
            blocks.add(new Paragraph(msg("evaluation.doc.indicators.lead")));
            blocks.add(new Table(msg("evaluation.doc.indicators.caption"), header, numeric, rows));
        }
        return new Chapter("indikatory", msg("evaluation.doc.chapter.indicators"), blocks, List.of());
    }

    private Chapter conclusions(EvaluationView evaluation, EvaluationInput in) {
        List<Chapter> parts = new ArrayList<>();
        for (PriorityInput p : in.priorities()) {
            String text = evaluation.conclusion(p.id());
            List<Block> blocks = new ArrayList<>();
            if (text == null) {
                blocks.add(new Paragraph(msg("evaluation.doc.conclusion.none")));
            } else {
                paragraphs(text, blocks);
            }
            parts.add(new Chapter("zaver-" + p.id(), p.label(), blocks, List.of()));
        }
        List<Block> blocks = new ArrayList<>();
        if (parts.isEmpty()) {
            blocks.add(new Paragraph(msg("evaluation.doc.conclusion.noPriorities")));
        }
        return new Chapter("zavery", msg("evaluation.doc.chapter.conclusions"), blocks, parts);
    }

    private Chapter process(ProcessEvaluation process, SurveyDigest.Aggregate survey) {
        List<Block> blocks = new ArrayList<>();
        if (process.isEmpty()) {
            blocks.add(new Paragraph(msg("evaluation.doc.process.none")));
            return new Chapter("proces", msg("evaluation.doc.chapter.process"), blocks, List.of(survey(survey)));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                List.of(
                        msg("evaluation.process.satisfaction"),
                        process.satisfaction() == null
                                ? msg("evaluation.doc.unknown")
                                : msg("evaluation.doc.process.satisfaction", process.satisfaction())),
                0));
        rows.add(new Row(
                List.of(
                        msg("evaluation.process.participants"),
                        process.participants() == null
                                ? msg("evaluation.doc.unknown")
                                : fmt.number(process.participants())),
                0));
        blocks.add(new Table(
                msg("evaluation.doc.process.caption"),
                List.of(msg("evaluation.doc.col.aspect"), msg("evaluation.doc.col.value")),
                List.of(false, false),
                rows));
        List<Chapter> parts = new ArrayList<>();
        parts.add(survey(survey));
        part(parts, "proces-silne", "evaluation.process.strengths", process.strengths());
        part(parts, "proces-slabe", "evaluation.process.weaknesses", process.weaknesses());
        part(parts, "proces-doporuceni", "evaluation.process.recommendations", process.recommendations());
        return new Chapter("proces", msg("evaluation.doc.chapter.process"), blocks, parts);
    }

    /** Aggregated results of the participants' questionnaire: counts and means, open answers only counted. */
    private Chapter survey(SurveyDigest.Aggregate survey) {
        List<Block> blocks = new ArrayList<>();
        if (survey == null) {
            blocks.add(new Paragraph(msg("evaluation.doc.survey.none")));
        } else if (survey.submitted() == 0) {
            blocks.add(new Paragraph(msg("evaluation.doc.survey.noResponses", survey.title())));
        } else {
            blocks.add(
                    new Paragraph(msg("evaluation.doc.survey.lead", survey.title(), fmt.number(survey.submitted()))));
            List<Row> rows = new ArrayList<>();
            for (SurveyDigest.Item item : survey.items()) {
                rows.add(new Row(
                        List.of(
                                msg("evaluation.doc.survey.question", item.number(), item.text()),
                                fmt.number(item.answered()),
                                result(item)),
                        0));
            }
            blocks.add(new Table(
                    msg("evaluation.doc.survey.caption", survey.title()),
                    List.of(
                            msg("evaluation.doc.survey.col.question"),
                            msg("evaluation.doc.survey.col.answered"),
                            msg("evaluation.doc.survey.col.result")),
                    List.of(false, true, false),
                    rows));
        }
        return new Chapter("proces-dotaznik", msg("evaluation.doc.survey.heading"), blocks, List.of());
    }

    private String result(SurveyDigest.Item item) {
        return switch (item.kind()) {
            case SCALE ->
                item.mean() == null
                        ? msg("evaluation.doc.survey.noAnswer")
                        : msg("evaluation.doc.survey.mean", fmt.number(item.mean()), item.scaleMax());
            case CHOICE ->
                item.answered() == 0
                        ? msg("evaluation.doc.survey.noAnswer")
                        : String.join(
                                "; ",
                                item.counts().stream()
                                        .map(c -> msg(
                                                "evaluation.doc.survey.count", label(c.label()), fmt.number(c.count())))
                                        .toList());
            case TEXT -> msg("evaluation.doc.survey.texts", fmt.number(item.answered()));
            case OTHER -> msg("evaluation.doc.survey.answers", fmt.number(item.answered()));
        };
    }

    /** Yes/no questions have the labels "#yes" and "#no" (see the survey module). */
    private String label(String label) {
        return switch (label) {
            case "#yes" -> msg("survey.yes");
            case "#no" -> msg("survey.no");
            default -> label;
        };
    }

    private void part(List<Chapter> parts, String id, String headingKey, String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            blocks.add(new Paragraph(msg("evaluation.doc.process.empty")));
        } else {
            paragraphs(text, blocks);
        }
        parts.add(new Chapter(id, msg(headingKey), blocks, List.of()));
    }

    // ---- figures ------------------------------------------------------------------------------

    /** Money of all measures summed per funding source, in the order of the sources. */
    static Map<FundingSource, MoneyLine> sumBySource(EvaluationInput in) {
        Map<FundingSource, long[]> sums = new EnumMap<>(FundingSource.class);
        for (PriorityInput p : in.priorities()) {
            for (GoalInput g : p.goals()) {
                for (MeasureInput m : g.measures()) {
                    for (MoneyLine line : m.money()) {
                        long[] s = sums.computeIfAbsent(line.source(), k -> new long[2]);
                        s[0] += line.planned();
                        s[1] += line.spent();
                    }
                }
            }
        }
        Map<FundingSource, MoneyLine> result = new EnumMap<>(FundingSource.class);
        sums.forEach((source, s) -> result.put(source, new MoneyLine(source, s[0], s[1])));
        return result;
    }

    static MoneyLine total(Map<FundingSource, MoneyLine> bySource) {
        long planned = 0;
        long spent = 0;
        for (MoneyLine line : bySource.values()) {
            planned += line.planned();
            spent += line.spent();
        }
        return new MoneyLine(null, planned, spent);
    }

    /** Spent as a percentage of planned, one decimal; null when nothing was planned. */
    static BigDecimal spentShare(MoneyLine line) {
        if (line.planned() == 0) {
            return null;
        }
        return BigDecimal.valueOf(line.spent())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(line.planned()), 1, RoundingMode.HALF_UP);
    }

    /** The level in words for a fulfilment percentage, as the monitoring dashboard grades it. */
    static String levelKey(BigDecimal percent) {
        return "evaluation.level." + Fulfilment.of(percent).level().name();
    }

    private String level(BigDecimal percent) {
        return msg(levelKey(percent));
    }

    private String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return fmt.number(value.setScale(1, RoundingMode.HALF_UP)) + "\u00A0%";
    }

    private String number(BigDecimal value) {
        return value == null ? "–" : fmt.number(value);
    }

    private static String years(List<Integer> years) {
        if (years.isEmpty()) {
            return "–";
        }
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    private static void paragraphs(String text, List<Block> into) {
        for (String p : text.strip().split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                into.add(new Paragraph(p.strip().replaceAll("\\s*\\R\\s*", " ")));
            }
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, CZECH);
    }
}
