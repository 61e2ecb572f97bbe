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
 * The stored statistics of CLOSED surveys (tables survey_statistics and survey_statistics_row, ADR
 * 0012): a closed survey's answers cannot change, so its tallies are counted once and viewing its
 * results reads a few hundred rows. Key: the survey and the cross-tabulation question (0 = none).
 * {@link #invalidate} deletes them; it is called whenever the survey's state changes or any of its
 * answers is written, and by the coordinator's recompute.
 */
@Component
class SurveyStoredStatistics {

    private static final long PLAIN = 0;

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

    /** Stores a closed survey's tallies (unless another request has just done so) and returns them. */
    Tallies save(long surveyId, Tallies tallies) {
        store(surveyId, PLAIN, tallies.submitted(), () -> insertRows(surveyId, tallies));
        return tallies;
    }

    /** Replaces a survey's stored statistics by these tallies, in the caller's (writing) transaction. */
    void replace(long surveyId, Tallies tallies) {
        invalidate(surveyId);
        insertHeader(surveyId, PLAIN, tallies.submitted());
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

    /** Stores a closed survey's cross-tabulation by a question and returns it. */
    List<CrossCount> saveCross(long surveyId, long byQuestionId, List<CrossCount> cells) {
        store(
                surveyId,
                byQuestionId,
                0,
                () -> batch.batchUpdate("""
                        insert into survey_statistics_row (survey_id, by_question_id, question_id, row_no, choice,
                          by_choice, n, answered)
                        values (?, ?, ?, 0, ?, ?, ?, 0)""", cells, 500, (ps, c) -> {
                    ps.setLong(1, surveyId);
                    ps.setLong(2, byQuestionId);
                    ps.setLong(3, c.question());
                    ps.setInt(4, c.choice());
                    ps.setInt(5, c.byChoice());
                    ps.setLong(6, c.count());
                }));
        return cells;
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

    private void store(long surveyId, long byQuestionId, long submitted, Runnable rows) {
        try {
            writing.executeWithoutResult(status -> {
                insertHeader(surveyId, byQuestionId, submitted);
                rows.run();
            });
        } catch (DataIntegrityViolationException alreadyStored) {
            // a concurrent first view stored the same counts; nothing lost, they are shown anyway
        }
    }

    private void insertHeader(long surveyId, long byQuestionId, long submitted) {
        jdbc.sql("""
                        insert into survey_statistics (survey_id, by_question_id, submitted, computed_at)
                        values (?, ?, ?, ?)""")
                .params(surveyId, byQuestionId, submitted, Timestamp.from(clock.instant()))
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
