package cz.planovna.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log of import runs. Every write here runs in its own short transaction (REQUIRES_NEW): the
 * run row exists and its progress moves while the import transaction is still open, and a refused
 * or rolled-back import still leaves its record. A run that stays RUNNING without a heartbeat for
 * {@link #SILENCE_MEANS_INTERRUPTED} was killed; it is reported as INTERRUPTED.
 */
@Component
class ImportRuns {

    static final Duration SILENCE_MEANS_INTERRUPTED = Duration.ofMinutes(10);
    private static final int MAX_DETAIL = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ImportRuns(
            JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Prague")));
    }

    long start(String fileName) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into catalogue_import_run (file_name, started_at, heartbeat_at, status, phase)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(limit(fileName), ts(now), ts(now), ImportStatus.RUNNING.name(), ImportPhase.CHECKING.name())
                    .update(key, "id");
            return key.getKeyAs(Number.class).longValue();
        });
    }

    void progress(long runId, ImportPhase phase, int total, int processed) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update catalogue_import_run set phase = ?,"
                        + " records_total = ?, records_processed = ?, heartbeat_at = ? where id = ?")
                .params(phase.name(), total, processed, ts(clock.instant()), runId)
                .update());
    }

    void applied(long runId, String sha256, ImportOutcome outcome) {
        ownTransaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            jdbc.sql("update catalogue_import_run set status = ?, phase = ?, file_sha256 = ?, finished_at = ?,"
                            + " heartbeat_at = ?, records_total = ?, records_processed = ?, records_accepted = ?,"
                            + " records_rejected = ?, records_unchanged = ?, services_new = ?, services_changed = ?,"
                            + " services_ended = ?, warnings = ? where id = ?")
                    .params(
                            ImportStatus.APPLIED.name(),
                            ImportPhase.DONE.name(),
                            sha256,
                            ts(now),
                            ts(now),
                            outcome.recordsTotal(),
                            outcome.recordsProcessed(),
                            outcome.recordsAccepted(),
                            outcome.recordsRejected(),
                            outcome.recordsUnchanged(),
                            outcome.newServices(),
                            outcome.changedServices(),
                            outcome.endedServices(),
                            (int) outcome.issues().stream()
                                    .filter(i -> !i.rejected())
                                    .count(),
                            runId)
                    .update();
            insertIssues(runId, outcome.issues());
        });
    }

    /** The file was refused (or the import failed): nothing in the catalogue changed. */
    void notApplied(long runId, ImportStatus status, RefusalReason reason, String detail, List<RecordIssue> issues) {
        notApplied(runId, status, new RegisterFileRefused(reason, detail, issues));
    }

    void notApplied(long runId, ImportStatus status, RegisterFileRefused refusal) {
        ownTransaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            jdbc.sql("update catalogue_import_run set status = ?, phase = ?, refusal_reason = ?, refusal_detail = ?,"
                            + " refusal_line = ?, refusal_column = ?, finished_at = ?, heartbeat_at = ?,"
                            + " records_rejected = ? where id = ?")
                    .params(
                            status.name(),
                            ImportPhase.DONE.name(),
                            refusal.reason().name(),
                            refusal.detail() == null ? null : limit(refusal.detail()),
                            refusal.line(),
                            refusal.column(),
                            ts(now),
                            ts(now),
                            (int) refusal.issues().stream()
                                    .filter(RecordIssue::rejected)
                                    .count(),
                            runId)
                    .update();
            insertIssues(runId, refusal.issues());
        });
    }

    private void insertIssues(long runId, List<RecordIssue> issues) {
        List<Object[]> rows = new ArrayList<>(issues.size());
        for (RecordIssue issue : issues) {
            rows.add(new Object[] {
                runId,
                rows.size(),
                issue.position(),
                issue.identifier() == null ? null : truncate(issue.identifier(), 100),
                issue.severity().name(),
                issue.reason().name(),
                issue.detail() == null ? null : limit(issue.detail())
            });
        }
        batch.batchUpdate(
                "insert into catalogue_import_issue (run_id, item_index, record_position, identifier, severity,"
                        + " reason, detail) values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                new int[] {
                    Types.BIGINT,
                    Types.INTEGER,
                    Types.INTEGER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR
                });
    }

    Optional<ImportRunView> view(long runId) {
        return jdbc.sql("select * from catalogue_import_run where id = ?")
                .param(runId)
                .query(this::runView)
                .optional();
    }

    List<ImportRunView> recent(int limit) {
        return jdbc.sql("select * from catalogue_import_run order by started_at desc, id desc limit ?")
                .param(limit)
                .query(this::runView)
                .list();
    }

    /** Newest first, for a paginated list. */
    List<ImportRunView> page(int offset, int limit) {
        return jdbc.sql("select * from catalogue_import_run order by started_at desc, id desc limit ? offset ?")
                .params(limit, offset)
                .query(this::runView)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from catalogue_import_run")
                .query(Long.class)
                .single();
    }

    /** The newest run still marked RUNNING with a recent heartbeat (a silent one counts as interrupted). */
    Optional<ImportRunView> running() {
        return jdbc
                .sql("select * from catalogue_import_run where status = ? order by started_at desc, id desc")
                .param(ImportStatus.RUNNING.name())
                .query(this::runView)
                .stream()
                .filter(run -> run.status() == ImportStatus.RUNNING)
                .findFirst();
    }

    /** The stored report of a run: counts, issues and the diff per ORP with the ORP names given. */
    Optional<ImportReport> report(long runId, Map<Integer, String> districtNames) {
        return jdbc.sql("select * from catalogue_import_run where id = ?")
                .param(runId)
                .query((rs, n) -> reportRow(rs))
                .optional()
                .map(row -> row.complete(issues(runId), diff(runId, districtNames)));
    }

    private List<RecordIssue> issues(long runId) {
        return jdbc.sql("select * from catalogue_import_issue where run_id = ? order by item_index")
                .param(runId)
                .query((rs, n) -> new RecordIssue(
                        rs.getObject("record_position", Integer.class),
                        rs.getString("identifier"),
                        IssueSeverity.valueOf(rs.getString("severity")),
                        IssueReason.valueOf(rs.getString("reason")),
                        rs.getString("detail")))
                .list();
    }

    private List<DistrictDiff> diff(long runId, Map<Integer, String> names) {
        Map<Integer, Map<ChangeType, List<ServiceChange>>> byDistrict = new LinkedHashMap<>();
        jdbc.sql("select district_code, change_type, identifier, service_name from catalogue_import_change"
                        + " where run_id = ? order by district_code, identifier")
                .param(runId)
                .query(rs -> {
                    byDistrict
                            .computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(ChangeType.valueOf(rs.getString(2)), k -> new ArrayList<>())
                            .add(new ServiceChange(rs.getString(3), rs.getString(4)));
                });
        List<DistrictDiff> diffs = new ArrayList<>();
        byDistrict.forEach((code, changes) -> diffs.add(new DistrictDiff(
                code,
                names.getOrDefault(code, String.valueOf(code)),
                changes.getOrDefault(ChangeType.NEW, List.of()),
                changes.getOrDefault(ChangeType.CHANGED, List.of()),
                changes.getOrDefault(ChangeType.ENDED, List.of()))));
        return diffs;
    }

    private ImportRunView runView(ResultSet rs, int rowNum) throws SQLException {
        return new ImportRunView(
                rs.getLong("id"),
                rs.getString("file_name"),
                status(rs),
                ImportPhase.valueOf(rs.getString("phase")),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("records_total"),
                rs.getInt("records_processed"),
                rs.getInt("services_new"),
                rs.getInt("services_changed"),
                rs.getInt("services_ended"),
                rs.getInt("records_rejected"));
    }

    private ReportRow reportRow(ResultSet rs) throws SQLException {
        String reason = rs.getString("refusal_reason");
        return new ReportRow(
                rs.getLong("id"),
                rs.getString("file_name"),
                status(rs),
                ImportPhase.valueOf(rs.getString("phase")),
                reason == null ? null : RefusalReason.valueOf(reason),
                rs.getString("refusal_detail"),
                rs.getObject("refusal_line", Integer.class),
                rs.getObject("refusal_column", Integer.class),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("records_total"),
                rs.getInt("records_processed"),
                rs.getInt("records_accepted"),
                rs.getInt("records_rejected"),
                rs.getInt("records_unchanged"),
                rs.getInt("services_new"),
                rs.getInt("services_changed"),
                rs.getInt("services_ended"));
    }

    private ImportStatus status(ResultSet rs) throws SQLException {
        ImportStatus stored = ImportStatus.valueOf(rs.getString("status"));
        Instant heartbeat = instant(rs, "heartbeat_at");
        if (stored == ImportStatus.RUNNING
                && heartbeat.plus(SILENCE_MEANS_INTERRUPTED).isBefore(clock.instant())) {
            return ImportStatus.INTERRUPTED;
        }
        return stored;
    }

    private record ReportRow(
            long id,
            String fileName,
            ImportStatus status,
            ImportPhase phase,
            RefusalReason reason,
            String detail,
            Integer line,
            Integer column,
            Instant started,
            Instant finished,
            int total,
            int processed,
            int accepted,
            int rejected,
            int unchanged,
            int added,
            int changed,
            int ended) {

        ImportReport complete(List<RecordIssue> issues, List<DistrictDiff> districts) {
            return new ImportReport(
                    id, fileName, status, phase, reason, detail, line, column, started, finished, total, processed,
                    accepted, rejected, unchanged, added, changed, ended, issues, districts);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String limit(String text) {
        return truncate(text, MAX_DETAIL);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
