package cz.planovna.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest population of every obec that has figures, per age group: what the service network
 * analysis divides capacities by (the obec, its ORP, its kraj and the whole country).
 */
@Component
class NetworkPopulation {

    private final JdbcTemplate jdbc;

    NetworkPopulation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, ObecPopulation> latest() {
        Map<Integer, ObecPopulation> result = new HashMap<>();
        jdbc.query(
                "select p.municipality_code, p.district_code, p.ref_date, p.age_from, p.age_to, p.persons, p.synthetic"
                        + " from analysis_population p join (select municipality_code, max(ref_date) as last_date"
                        + " from analysis_population group by municipality_code) l"
                        + " on l.municipality_code = p.municipality_code and l.last_date = p.ref_date",
                rs -> {
                    int obec = rs.getInt(1);
                    LocalDate date = rs.getDate(3).toLocalDate();
                    int from = rs.getInt(4);
                    Integer to = rs.getObject(5) == null ? null : rs.getInt(5);
                    int persons = rs.getInt(6);
                    boolean synthetic = rs.getBoolean(7);
                    ObecPopulation p = result.get(obec);
                    if (p == null) {
                        p = new ObecPopulation(obec, rs.getInt(2), date, synthetic, new long[AgeGroup.values().length]);
                    } else if (synthetic && !p.synthetic()) {
                        p = new ObecPopulation(obec, p.district(), date, true, p.byGroup());
                    }
                    for (AgeGroup g : AgeGroup.values()) {
                        if (g.contains(from, to)) {
                            p.byGroup()[g.ordinal()] += persons;
                        }
                    }
                    result.put(obec, p);
                });
        return result;
    }
}
