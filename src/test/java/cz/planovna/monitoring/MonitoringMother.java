package cz.planovna.monitoring;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUsers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Test users and plans with unique names (the PostgreSQL suite shares one database). Plans are
 * written with plain SQL into the strategy tables, because strategy's builders are its own:
 * priority → goal → measure A (costs 2020, two indicators, one activity) and measure B (no
 * indicators), plan span 2020–2022.
 */
class MonitoringMother extends TestUsers {

    /** ORP of the tests (Jihočeský kraj); foreign: Tábor and the Plzeňský kraj. */
    static final int STRAKONICE = 3111;

    /** The foreign ORP of the tests (Tábor): no demo data and no other test plans there. */
    static final int TABOR = 3112;

    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    /** The ids of a test plan. */
    record Sample(
            long planId,
            long priorityId,
            long goalId,
            long measureA,
            long activityA,
            long measureB,
            long clientsIndicator,
            long satisfactionIndicator) {}

    private final TerritoryQueries territory;
    private final JdbcTemplate jdbc;

    MonitoringMother(UserAdministration users, TerritoryQueries territory, JdbcTemplate jdbc) {
        super(users, territory);
        this.territory = territory;
        this.jdbc = jdbc;
    }

    /** A plan of the ORP in the given state ("DRAFT", "IN_FORCE", …). */
    Sample plan(int orp, String title, String state) {
        int region = territory.districtRef(orp).orElseThrow().regionCode();
        Timestamp now = Timestamp.from(Instant.now());
        long planId = insert(
                "strategy_plan",
                Map.of(
                        "district_code", orp,
                        "region_code", region,
                        "title", title,
                        "year_from", 2020,
                        "year_to", 2022,
                        "state", state,
                        "created_at", now,
                        "updated_at", now,
                        "version", 0));
        long priority = node(planId, null, "PRIORITY", 1, "Senioři " + title);
        long goal = node(planId, priority, "GOAL", 1, "Péče doma");
        long measureA = node(planId, goal, "MEASURE", 1, "Pečovatelská služba " + title);
        long activityA = node(planId, measureA, "ACTIVITY", 1, "Víkendový provoz");
        long measureB = node(planId, goal, "MEASURE", 2, "Informační leták " + title);
        jdbc.update(
                "insert into strategy_cost (node_id, cost_year, source, amount) values (?, ?, ?, ?)",
                measureA,
                2020,
                "MUNICIPALITY",
                1_000_000L);
        jdbc.update(
                "insert into strategy_cost (node_id, cost_year, source, amount) values (?, ?, ?, ?)",
                measureA,
                2020,
                "STATE",
                500_000L);
        long clients = indicator(measureA, 1, "Klienti", "osob", new BigDecimal("10"), Map.of(2020, "20", 2021, "30"));
        long satisfaction = indicator(measureA, 2, "Spokojenost klientů", "%", null, Map.of(2020, "80"));
        return new Sample(planId, priority, goal, measureA, activityA, measureB, clients, satisfaction);
    }

    private long node(long planId, Long parent, String kind, int position, String title) {
        var values = new java.util.HashMap<String, Object>();
        values.put("plan_id", planId);
        values.put("parent_id", parent);
        values.put("kind", kind);
        values.put("position", position);
        values.put("title", title);
        values.put("removed", false);
        values.put("version", 0);
        if (kind.equals("MEASURE")) {
            values.put("measure_kind", "DEVELOP");
        }
        return insert("strategy_node", values);
    }

    private long indicator(
            long measure, int position, String name, String unit, BigDecimal baseline, Map<Integer, String> targets) {
        var values = new java.util.HashMap<String, Object>();
        values.put("node_id", measure);
        values.put("position", position);
        values.put("name", name);
        values.put("unit", unit);
        values.put("baseline", baseline);
        long id = insert("strategy_indicator", values);
        targets.forEach((year, value) -> jdbc.update(
                "insert into strategy_indicator_target (indicator_id, target_year, target_value) values (?, ?, ?)",
                id,
                year,
                new BigDecimal(value)));
        return id;
    }

    private long insert(String table, Map<String, ?> values) {
        return new SimpleJdbcInsert(jdbc)
                .withTableName(table)
                .usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new))
                .executeAndReturnKey(new java.util.HashMap<>(values))
                .longValue();
    }
}
