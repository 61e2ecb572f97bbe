package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a survey for the ORP's team (VIEW_INTERNAL): counts and percentages per question and
 * per matrix row, mean ranks, number summaries, cross-tabulation by a closed question. All counting
 * is done by the database with GROUP BY over submitted responses; no response is loaded into
 * memory. A closed survey's counts are kept in {@link SurveyStoredStatistics} (ADR 0012).
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    static final int TEXT_PAGE = 25;

    /** One bar: a choice, how many chose it and its share of those who answered (0–100, one decimal). */
    public record Bar(String label, int choice, long count, BigDecimal percent) {}

    /** A matrix row: its label and one bar per scale point. */
    public record MatrixRow(String label, long answered, List<Bar> bars) {}

    /** Summary of a number question. */
    public record NumberSummary(long count, BigDecimal min, BigDecimal max, BigDecimal mean) {}

    /** Results of one question; which parts are filled depends on its kind. */
    public record QuestionResult(
            QuestionDef question,
            long answered,
            List<Bar> bars,
            List<MatrixRow> rows,
            NumberSummary number,
            LocalDate earliest,
            LocalDate latest,
            CrossTab cross) {}

    /** Counts of a closed question (rows) by the choices of another (columns), with column percentages. */
    public record CrossTab(List<String> columns, List<String> rowLabels, long[][] counts, BigDecimal[][] percents) {}

    /**
     * The results; {@code asOf} is the time of the snapshot shown for a large open survey (null when
     * counted for this view or final because the survey is closed).
     */
    public record Report(
            SurveyView survey, long submitted, List<QuestionResult> questions, QuestionDef by, Instant asOf) {}

    /** A count and when it was made (null = now, or final). */
    private record Counted<T>(T value, Instant asOf) {}

    public record TextAnswer(String text, Instant submittedAt) {}

    private static final Logger log = LoggerFactory.getLogger(SurveyResults.class);

    private final SurveyBuilder builder;
    private final JdbcClient jdbc;
    private final SurveyStoredStatistics stored;
    private final Clock clock;
    private final Duration maxAge;
    private final long slowMs;
    // one background recount at a time, and never two of the same survey and cross-tabulation
    private final ExecutorService recounting = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "survey-statistics");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    SurveyResults(
            SurveyBuilder builder,
            JdbcClient jdbc,
            SurveyStoredStatistics stored,
            ObjectProvider<Clock> clock,
            @Value("${planovna.survey.open-results.max-age:PT1M}") Duration maxAge,
            @Value("${planovna.survey.open-results.slow-ms:300}") long slowMs) {
        this.builder = builder;
        this.jdbc = jdbc;
        this.stored = stored;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
        this.maxAge = maxAge;
        this.slowMs = slowMs;
    }

    @PreDestroy
    void stopRecounting() {
        recounting.shutdownNow();
    }

    public Report report(int code, long id, Long byQuestionId) {
        SurveyView survey = builder.survey(code, id, Action.VIEW_INTERNAL);
        List<QuestionDef> questions = builder.defs(id);
        return compute(survey, questions, byQuestionId);
    }

    /**
     * The report. A CLOSED survey's answers cannot change, so its tallies are read from the stored
     * statistics (counted and stored at the first view after closing, or by {@link #recompute}). An
     * OPEN survey is counted live, unless its last count took longer than {@code slowMs} (a large
     * survey): then the stored snapshot is shown with its time at once and counted again in the
     * background when it is older than {@code maxAge} or answers were written since (ADR 0015).
     */
    Report compute(SurveyView survey, List<QuestionDef> questions, Long byQuestionId) {
        QuestionDef by = byQuestionId == null
                ? null
                : questions.stream()
                        .filter(q -> q.id() == byQuestionId && q.kind().closed())
                        .findFirst()
                        .orElse(null);
        long id = survey.id();
        boolean closed = survey.state() == SurveyState.CLOSED;
        Counted<Tallies> tallies = counted(
                id,
                SurveyStoredStatistics.PLAIN,
                closed,
                () -> tally(id),
                () -> stored.tallies(id),
                (t, ms) -> stored.replaceTallies(id, t, ms));
        Counted<List<CrossCount>> cross = by == null
                ? new Counted<>(List.of(), null)
                : counted(
                        id,
                        by.id(),
                        closed,
                        () -> cross(id, by.id()),
                        () -> stored.cross(id, by.id()),
                        (c, ms) -> stored.replaceCross(id, by.id(), c, ms));
        Instant asOf = tallies.asOf() == null
                ? cross.asOf()
                : cross.asOf() == null || tallies.asOf().isBefore(cross.asOf()) ? tallies.asOf() : cross.asOf();
        return build(survey, questions, tallies.value(), cross.value(), by, asOf);
    }

    private <T> Counted<T> counted(
            long id,
            long key,
            boolean closed,
            Supplier<T> count,
            Supplier<Optional<T>> read,
            BiConsumer<T, Long> store) {
        Optional<SurveyStoredStatistics.Header> header = stored.header(id, key);
        if (header.isPresent()) {
            SurveyStoredStatistics.Header h = header.get();
            if (closed && !h.stale()) {
                Optional<T> value = read.get();
                if (value.isPresent()) {
                    return new Counted<>(value.get(), null);
                }
            } else if (!closed && h.durationMs() >= slowMs) {
                Optional<T> value = read.get();
                if (value.isPresent()) {
                    if (h.stale() || h.computedAt().isBefore(clock.instant().minus(maxAge))) {
                        recountLater(id, key, count, store);
                    }
                    return new Counted<>(value.get(), h.computedAt());
                }
            }
        }
        long start = System.nanoTime();
        T value = count.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (closed || ms >= slowMs) {
            store.accept(value, ms);
        } else if (header.isPresent()) {
            // a small open survey again (or a stale snapshot of one): counted live from now on
            stored.forget(id, key);
        }
        return new Counted<>(value, null);
    }

    private <T> void recountLater(long id, long key, Supplier<T> count, BiConsumer<T, Long> store) {
        String job = id + ":" + key;
        if (!pending.add(job)) {
            return;
        }
        try {
            recounting.execute(() -> {
                try {
                    long start = System.nanoTime();
                    T value = count.get();
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    // closed meanwhile: its final counts are made at the next view, not from this count
                    if (stillOpen(id)) {
                        store.accept(value, ms);
                    }
                } catch (RuntimeException e) {
                    log.warn("Counting the results of survey {} in the background failed", id, e);
                } finally {
                    pending.remove(job);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            pending.remove(job);
        }
    }

    private boolean stillOpen(long id) {
        return jdbc.sql("select count(*) from survey where id = ? and state = ?")
                        .params(id, SurveyState.OPEN.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The coordinator's "recompute": counts a survey's answers again (EDIT_PLANNING). A closed
     * survey's stored statistics are replaced (its cross-tabulations are counted again on view); an
     * open survey's snapshot too when the count is slow, otherwise it is counted live from now on.
     */
    @Transactional
    public void recompute(int code, long id) {
        SurveyView survey = builder.survey(code, id, Action.EDIT_PLANNING);
        long start = System.nanoTime();
        Tallies tallies = tally(id);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (survey.state() == SurveyState.CLOSED || ms >= slowMs) {
            stored.replace(id, tallies, ms);
        } else {
            stored.invalidate(id);
        }
    }

    /**
     * One tally row: (question, row, choice) with its count, the number of respondents it is the
     * first answer row of (summed per question: who answered the question), and, with choice null,
     * the min/max/mean of numbers and the range of dates.
     */
    record Tally(
            long question,
            int row,
            Integer choice,
            long count,
            long answered,
            BigDecimal min,
            BigDecimal max,
            BigDecimal mean,
            LocalDate earliest,
            LocalDate latest) {}

    /** The submitted responses and the tallies of their answers. */
    record Tallies(long submitted, List<Tally> rows) {}

    /** One cell of a cross-tabulation: answers with {@code choice} to question among those choosing {@code byChoice}. */
    record CrossCount(long question, int choice, int byChoice, long count) {}

    /**
     * Counts a survey's submitted answers live: the submitted responses and one GROUP BY
     * (question, row, choice). The respondents who answered a question are the count of its
     * first_row answers (one per response and question, set when answers are written), so no
     * DISTINCT (question, response) is needed for multiple choice, matrices and rankings.
     */
    Tallies tally(long id) {
        long submitted = jdbc.sql("select count(*) from survey_response where survey_id = ? and submitted = true")
                .param(id)
                .query(Long.class)
                .single();
        List<Tally> rows = jdbc.sql("""
                        select a.question_id, a.row_no, a.choice, count(*),
                               sum(case when a.first_row then 1 else 0 end),
                               min(a.num_value), max(a.num_value), avg(a.num_value), min(a.date_value), max(a.date_value)
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where a.survey_id = ? and r.submitted = true
                        group by a.question_id, a.row_no, a.choice""")
                .param(id)
                .query((rs, i) -> {
                    int choice = rs.getInt(3);
                    Integer c = rs.wasNull() ? null : choice;
                    BigDecimal mean = rs.getBigDecimal(8);
                    java.sql.Date earliest = rs.getDate(9);
                    java.sql.Date latest = rs.getDate(10);
                    return new Tally(
                            rs.getLong(1),
                            rs.getInt(2),
                            c,
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getBigDecimal(6),
                            rs.getBigDecimal(7),
                            mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
                            earliest == null ? null : earliest.toLocalDate(),
                            latest == null ? null : latest.toLocalDate());
                })
                .list();
        return new Tallies(submitted, rows);
    }

    private Report build(
            SurveyView survey,
            List<QuestionDef> questions,
            Tallies tallies,
            List<CrossCount> cross,
            QuestionDef by,
            Instant asOf) {
        long submitted = tallies.submitted();
        // (question, row, choice) → count
        Map<Long, Map<Integer, Map<Integer, Long>>> counts = new HashMap<>();
        Map<Long, Long> answered = new HashMap<>();
        Map<Long, NumberSummary> numbers = new HashMap<>();
        Map<Long, LocalDate[]> dates = new HashMap<>();
        for (Tally t : tallies.rows()) {
            answered.merge(t.question(), t.answered(), Long::sum);
            if (t.choice() != null) {
                counts.computeIfAbsent(t.question(), k -> new HashMap<>())
                        .computeIfAbsent(t.row(), k -> new HashMap<>())
                        .put(t.choice(), t.count());
                continue;
            }
            if (t.min() != null) {
                numbers.put(t.question(), new NumberSummary(t.count(), t.min(), t.max(), t.mean()));
            }
            if (t.earliest() != null) {
                dates.put(t.question(), new LocalDate[] {t.earliest(), t.latest()});
            }
        }
        Map<Long, Map<Integer, Map<Integer, Long>>> crossCounts = new HashMap<>();
        for (CrossCount c : cross) {
            crossCounts
                    .computeIfAbsent(c.question(), k -> new HashMap<>())
                    .computeIfAbsent(c.choice(), k -> new HashMap<>())
                    .put(c.byChoice(), c.count());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (QuestionDef q : questions) {
            if (!q.kind().answerable()) {
                continue;
            }
            long n = answered.getOrDefault(q.id(), 0L);
            Map<Integer, Map<Integer, Long>> byRow = counts.getOrDefault(q.id(), Map.of());
            List<Bar> bars = List.of();
            List<MatrixRow> rows = List.of();
            CrossTab crossTab = null;
            switch (q.kind()) {
                case SINGLE, MULTIPLE, YES_NO -> {
                    bars = bars(labels(q), byRow.getOrDefault(0, Map.of()), n);
                    if (by != null && by.id() != q.id()) {
                        crossTab = crossTab(q, by, crossCounts.getOrDefault(q.id(), Map.of()));
                    }
                }
                case MATRIX -> {
                    rows = new ArrayList<>();
                    for (int r = 0; r < q.rows().size(); r++) {
                        Map<Integer, Long> c = byRow.getOrDefault(r, Map.of());
                        long rowAnswered =
                                c.values().stream().mapToLong(Long::longValue).sum();
                        rows.add(new MatrixRow(q.rows().get(r), rowAnswered, bars(q.options(), c, rowAnswered)));
                    }
                }
                case RANKING -> {
                    // one "bar" per option: its mean rank (lower = ranked higher) in percent's place
                    List<Bar> ranks = new ArrayList<>();
                    for (int o = 0; o < q.options().size(); o++) {
                        Map<Integer, Long> c = byRow.getOrDefault(o, Map.of());
                        long total =
                                c.values().stream().mapToLong(Long::longValue).sum();
                        long sum = c.entrySet().stream()
                                .mapToLong(e -> e.getKey() * e.getValue())
                                .sum();
                        BigDecimal mean = total == 0
                                ? BigDecimal.ZERO
                                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
                        ranks.add(new Bar(q.options().get(o), o, total, mean));
                    }
                    bars = ranks;
                }
                default -> {}
            }
            LocalDate[] d = dates.get(q.id());
            results.add(new QuestionResult(
                    q, n, bars, rows, numbers.get(q.id()), d == null ? null : d[0], d == null ? null : d[1], crossTab));
        }
        return new Report(survey, submitted, results, by, asOf);
    }

    public Page<TextAnswer> texts(int code, long id, long questionId, int page) {
        builder.survey(code, id, Action.VIEW_INTERNAL);
        int p = Math.max(page, 0);
        long total = jdbc.sql("""
                        select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                        where a.survey_id = ? and a.question_id = ? and r.submitted = true and a.text_value is not null""").params(id, questionId).query(Long.class).single();
        List<TextAnswer> list = jdbc.sql("""
                        select a.text_value, r.submitted_at
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where a.survey_id = ? and a.question_id = ? and r.submitted = true and a.text_value is not null
                        order by a.id limit ? offset ?""")
                .params(id, questionId, TEXT_PAGE, (long) p * TEXT_PAGE)
                .query((rs, i) ->
                        new TextAnswer(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        return new PageImpl<>(list, PageRequest.of(p, TEXT_PAGE), total);
    }

    /** The cross-tabulation of every closed question's choices by the choices of question {@code byId}, live. */
    List<CrossCount> cross(long surveyId, long byId) {
        return jdbc.sql("""
                        select a.question_id, a.choice, b.choice, count(*)
                        from survey_answer a
                        join survey_response r on r.id = a.response_id
                        join survey_answer b on b.response_id = a.response_id and b.question_id = ?
                        where a.survey_id = ? and r.submitted = true and a.choice is not null and a.row_no = 0
                        group by a.question_id, a.choice, b.choice""")
                .params(byId, surveyId)
                .query((rs, i) -> new CrossCount(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    private static CrossTab crossTab(QuestionDef q, QuestionDef by, Map<Integer, Map<Integer, Long>> c) {
        List<String> rowLabels = labels(q);
        List<String> columns = labels(by);
        long[][] counts = new long[rowLabels.size()][columns.size()];
        long[] columnTotals = new long[columns.size()];
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int col = 0; col < columns.size(); col++) {
                counts[r][col] = c.getOrDefault(r, Map.of()).getOrDefault(col, 0L);
            }
        }
        // a column's base: the answers to q in that column (with multiple choice, picks rather than people)
        for (int col = 0; col < columns.size(); col++) {
            for (int r = 0; r < rowLabels.size(); r++) {
                columnTotals[col] += counts[r][col];
            }
        }
        BigDecimal[][] percents = new BigDecimal[rowLabels.size()][columns.size()];
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int col = 0; col < columns.size(); col++) {
                percents[r][col] = percent(counts[r][col], columnTotals[col]);
            }
        }
        return new CrossTab(columns, rowLabels, counts, percents);
    }

    /** Labels of a closed question's choices; yes/no as the keys the template translates. */
    static List<String> labels(QuestionDef q) {
        return q.choiceLabels();
    }

    private static List<Bar> bars(List<String> labels, Map<Integer, Long> counts, long base) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long c = counts.getOrDefault(i, 0L);
            bars.add(new Bar(labels.get(i), i, c, percent(c, base)));
        }
        return bars;
    }

    static BigDecimal percent(long count, long base) {
        if (base == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }
}
