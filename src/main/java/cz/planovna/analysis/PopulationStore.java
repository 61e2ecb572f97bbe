package cz.planovna.analysis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Population figures in {@code analysis_population}, read and written with plain JDBC batches: an
 * import touches thousands of small rows that nobody edits one by one, so they are not entities.
 */
@Component
class PopulationStore {

    /** The identity of a figure: obec, reference date, sex and the first age of its band. */
    record Key(int municipality, LocalDate refDate, int sex, int ageFrom) {}

    record Stored(long id, Integer ageTo, int persons, boolean synthetic) {}

    /** A stored figure with everything the analyses need. */
    record Row(
            int municipality, LocalDate refDate, int sex, int ageFrom, Integer ageTo, int persons, boolean synthetic) {}

    record NewRow(Key key, int district, Integer ageTo, int persons, boolean synthetic) {}

    record ImportLog(
            String fileName,
            String importedBy,
            Instant importedAt,
            int read,
            int inserted,
            int updated,
            int unchanged,
            int removed,
            boolean synthetic) {}

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    PopulationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises imports into one ORP until the transaction ends: a second import waits and then
     * sees the figures of the first, so two uploads at once never insert the same figure twice.
     */
    void lockDistrict(int district) {
        jdbc.query("select code from district where code = ? for update", rs -> null, district);
    }

    Map<Key, Stored> existing(Collection<Integer> municipalities) {
        Map<Key, Stored> found = new HashMap<>();
        List<Integer> all = new ArrayList<>(municipalities);
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Integer> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select id, municipality_code, ref_date, sex, age_from, age_to, persons, synthetic"
                            + " from analysis_population where municipality_code in (" + marks + ")",
                    rs -> {
                        Integer ageTo = rs.getObject("age_to") == null ? null : rs.getInt("age_to");
                        found.put(
                                new Key(
                                        rs.getInt("municipality_code"),
                                        rs.getDate("ref_date").toLocalDate(),
                                        rs.getInt("sex"),
                                        rs.getInt("age_from")),
                                new Stored(rs.getLong("id"), ageTo, rs.getInt("persons"), rs.getBoolean("synthetic")));
                    },
                    chunk.toArray());
        }
        return found;
    }

    void insert(List<NewRow> rows) {
        jdbc.batchUpdate(
                "insert into analysis_population (municipality_code, district_code, ref_date, sex, age_from, age_to,"
                        + " persons, synthetic) values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                CHUNK,
                (ps, r) -> {
                    ps.setInt(1, r.key().municipality());
                    ps.setInt(2, r.district());
                    ps.setDate(3, Date.valueOf(r.key().refDate()));
                    ps.setInt(4, r.key().sex());
                    ps.setInt(5, r.key().ageFrom());
                    if (r.ageTo() == null) {
                        ps.setNull(6, java.sql.Types.SMALLINT);
                    } else {
                        ps.setInt(6, r.ageTo());
                    }
                    ps.setInt(7, r.persons());
                    ps.setBoolean(8, r.synthetic());
                });
    }

    void update(List<Map.Entry<Long, NewRow>> rows) {
        jdbc.batchUpdate(
                "update analysis_population set age_to = ?, persons = ?, synthetic = ? where id = ?",
                rows,
                CHUNK,
                (ps, e) -> {
                    NewRow r = e.getValue();
                    if (r.ageTo() == null) {
                        ps.setNull(1, java.sql.Types.SMALLINT);
                    } else {
                        ps.setInt(1, r.ageTo());
                    }
                    ps.setInt(2, r.persons());
                    ps.setBoolean(3, r.synthetic());
                    ps.setLong(4, e.getKey());
                });
    }

    void delete(List<Long> ids) {
        jdbc.batchUpdate("delete from analysis_population where id = ?", ids, CHUNK, (ps, id) -> ps.setLong(1, id));
    }

    List<Row> ofDistrict(int district) {
        return jdbc.query(
                "select municipality_code, ref_date, sex, age_from, age_to, persons, synthetic"
                        + " from analysis_population where district_code = ?",
                (rs, n) -> new Row(
                        rs.getInt("municipality_code"),
                        rs.getDate("ref_date").toLocalDate(),
                        rs.getInt("sex"),
                        rs.getInt("age_from"),
                        rs.getObject("age_to") == null ? null : rs.getInt("age_to"),
                        rs.getInt("persons"),
                        rs.getBoolean("synthetic")),
                district);
    }

    boolean anyIn(int district) {
        Integer one = jdbc.query(
                "select 1 from analysis_population where district_code = ? fetch first 1 rows only",
                rs -> rs.next() ? 1 : null,
                district);
        return one != null;
    }

    void log(Integer district, ImportLog log) {
        jdbc.update(
                "insert into analysis_population_import (district_code, file_name, imported_by, imported_at, rows_read,"
                        + " rows_inserted, rows_updated, rows_unchanged, rows_removed, synthetic)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                district,
                log.fileName(),
                log.importedBy(),
                Timestamp.from(log.importedAt()),
                log.read(),
                log.inserted(),
                log.updated(),
                log.unchanged(),
                log.removed(),
                log.synthetic());
    }

    List<ImportLog> recentImports(int district, int limit) {
        return jdbc.query(
                "select file_name, imported_by, imported_at, rows_read, rows_inserted, rows_updated, rows_unchanged,"
                        + " rows_removed, synthetic from analysis_population_import where district_code = ?"
                        + " order by imported_at desc, id desc fetch first " + limit + " rows only",
                (rs, n) -> new ImportLog(
                        rs.getString("file_name"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getInt("rows_read"),
                        rs.getInt("rows_inserted"),
                        rs.getInt("rows_updated"),
                        rs.getInt("rows_unchanged"),
                        rs.getInt("rows_removed"),
                        rs.getBoolean("synthetic")),
                district);
    }
}
