package cz.planovna.survey;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.survey.SurveyResults.CrossCount;
import cz.planovna.survey.SurveyResults.Tallies;
import cz.planovna.survey.SurveyResults.Tally;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored statistics of surveys (tables survey_statistics and survey_statistics_row, ADR 0012 and
 * 0015): a closed survey's answers cannot change, so its tallies are counted once and viewing its
 * results reads a few hundred rows; a large open survey's tallies are a snapshot with its time,
 * recounted when it is old or answers were written since ({@link #markStale}). Key: the survey and
 * the cross-tabulation question (0 = none). {@link #invalidate} deletes them when the survey's state
 * changes and at the coordinator's recompute.
 */
@Component
class SurveyStoredStatistics {

    static final long PLAIN = 0;

    /** What is stored under a key: when it was counted, how long that took, whether answers came since. */
    record Header(long submitted, Instant computedAt, boolean stale, long durationMs) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate writing;
    private final Clock clock;

    SurveyStoredStatistics(
            JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.writing = new TransactionTemplate(transactions);
        // stored from read-only requests (the first view after closing): a transaction of its own
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    Optional<Header> header(long surveyId, long byQuestionId) {
        return jdbc.sql("""
                        select submitted, computed_at, stale, duration_ms from survey_statistics
                        where survey_id = ? and by_question_id = ?""")
                .params(surveyId, byQuestionId)
                .query((rs, i) ->
                        new Header(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getLong(4)))
                .optional();
    }

    /**
     * Answers of the survey were written: what is stored no longer holds. Marked, not deleted, so a
     * large open survey's page keeps showing the last snapshot (with its time) while it is recounted;
     * the update touches no row once marked, so respondents do not queue on it.
     */
    void markStale(long surveyId) {
        jdbc.sql("update survey_statistics set stale = true where survey_id = ? and stale = false")
                .param(surveyId)
                .update();
    }

    /** Replaces the tallies stored under the survey (no cross-tabulation), in a transaction of its own. */
    void replaceTallies(long surveyId, Tallies tallies, long durationMs) {
        replaceKey(surveyId, PLAIN, tallies.submitted(), durationMs, () -> insertRows(surveyId, tallies));
    }

    /** Replaces one stored cross-tabulation, in a transaction of its own. */
    void replaceCross(long surveyId, long byQuestionId, List<CrossCount> cells, long durationMs) {
        replaceKey(surveyId, byQuestionId, 0, durationMs, () -> insertCross(surveyId, byQuestionId, cells));
    }

    /** Forgets what is stored under one key, in a transaction of its own. */
    void forget(long surveyId, long byQuestionId) {
        writing.executeWithoutResult(status -> deleteKey(surveyId, byQuestionId));
    }

    private void replaceKey(long surveyId, long byQuestionId, long submitted, long durationMs, Runnable rows) {
        try {
            writing.executeWithoutResult(status -> {
                deleteKey(surveyId, byQuestionId);
                insertHeader(surveyId, byQuestionId, submitted, durationMs);
                rows.run();
            });
        } catch (DataIntegrityViolationException concurrent) {
            // another request stored the same key at the same moment; its counts are as good
        }
    }

    private void deleteKey(long surveyId, long byQuestionId) {
        jdbc.sql("delete from survey_statistics_row where survey_id = ? and by_question_id = ?")
                .params(surveyId, byQuestionId)
                .update();
        jdbc.sql("delete from survey_statistics where survey_id = ? and by_question_id = ?")
                .params(surveyId, byQuestionId)
                .update();
    }

    Optional<Tallies> tallies(long surveyId) {
        Optional<Long> submitted = submitted(surveyId, PLAIN);
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        List<Tally> rows = jdbc.sql("""
                        select question_id, row_no, choice, n, answered, num_min, num_max, num_mean, date_min, date_max
                        from survey_statistics_row where survey_id = ? and by_question_id = 0""")
                .param(surveyId)
                .query((rs, i) -> new Tally(
                        rs.getLong(1),
                        rs.getInt(2),
                        integer(rs, 3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        date(rs, 9),
                        date(rs, 10)))
                .list();
        return Optional.of(new Tallies(submitted.get(), rows));
    }

    Optional<List<CrossCount>> cross(long surveyId, long byQuestionId) {
        if (submitted(surveyId, byQuestionId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select question_id, choice, by_choice, n from survey_statistics_row
                        where survey_id = ? and by_question_id = ?""")
                .params(surveyId, byQuestionId)
                .query((rs, i) -> new CrossCount(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                .list());
    }

    /** Replaces a survey's stored statistics by these tallies, in the caller's (writing) transaction. */
    void replace(long surveyId, Tallies tallies, long durationMs) {
        invalidate(surveyId);
        insertHeader(surveyId, PLAIN, tallies.submitted(), durationMs);
        insertRows(surveyId, tallies);
    }

    private void insertRows(long surveyId, Tallies tallies) {
        batch.batchUpdate("""
                        insert into survey_statistics_row (survey_id, by_question_id, question_id, row_no, choice,
                          n, answered, num_min, num_max, num_mean, date_min, date_max)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tallies.rows(), 500, (ps, t) -> {
            ps.setLong(1, surveyId);
            ps.setLong(2, t.question());
            ps.setInt(3, t.row());
            ps.setObject(4, t.choice(), Types.INTEGER);
            ps.setLong(5, t.count());
            ps.setLong(6, t.answered());
            ps.setBigDecimal(7, t.min());
            ps.setBigDecimal(8, t.max());
            ps.setBigDecimal(9, t.mean());
            ps.setDate(10, t.earliest() == null ? null : Date.valueOf(t.earliest()));
            ps.setDate(11, t.latest() == null ? null : Date.valueOf(t.latest()));
        });
    }

    private void insertCross(long surveyId, long byQuestionId, List<CrossCount> cells) {
        batch.batchUpdate("""
                        insert into survey_statistics_row (survey_id, by_question_id, question_id, row_no, choice,
                          by_choice, n, answered)
                        values (?, ?, ?, 0, ?, ?, ?, 0)""", cells, 500, (ps, c) -> {
            ps.setLong(1, surveyId);
            ps.setLong(2, byQuestionId);
            ps.setLong(3, c.question());
            ps.setInt(4, c.choice());
            ps.setInt(5, c.byChoice());
            ps.setLong(6, c.count());
        });
    }

    /** Forgets a survey's stored statistics (in the caller's transaction). */
    void invalidate(long surveyId) {
        jdbc.sql("delete from survey_statistics_row where survey_id = ?")
                .param(surveyId)
                .update();
        jdbc.sql("delete from survey_statistics where survey_id = ?")
                .param(surveyId)
                .update();
    }

    /** Whether statistics of the survey are stored (tallies or any cross-tabulation). */
    boolean stored(long surveyId) {
        return jdbc.sql("select count(*) from survey_statistics where survey_id = ?")
                        .param(surveyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Long> submitted(long surveyId, long byQuestionId) {
        return jdbc.sql("select submitted from survey_statistics where survey_id = ? and by_question_id = ?")
                .params(surveyId, byQuestionId)
                .query(Long.class)
                .optional();
    }

    private void insertHeader(long surveyId, long byQuestionId, long submitted, long durationMs) {
        jdbc.sql("""
                        insert into survey_statistics (survey_id, by_question_id, submitted, computed_at, duration_ms)
                        values (?, ?, ?, ?, ?)""")
                .params(surveyId, byQuestionId, submitted, Timestamp.from(clock.instant()), durationMs)
                .update();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
