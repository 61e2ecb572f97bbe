package cz.planovna.monitoring;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test users and plans with unique names (the PostgreSQL suite shares one database). Plans are
 * written with plain SQL into the strategy tables, because strategy's builders are its own:
 * priority → goal → measure A (costs 2020, two indicators, one activity) and measure B (no
 * indicators), plan span 2020–2022.
 */
class MonitoringMother {

    /** ORP of the tests (Jihočeský kraj); foreign: Tábor and the Plzeňský kraj. */
    static final int STRAKONICE = 3111;

    /** The foreign ORP of the tests (Tábor): no demo data and no other test plans there. */
    static final int TABOR = 3112;

    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    record TestUser(long id, String email) {
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }

        /** Signs the user in on this thread (for calls of services outside MockMvc). */
        void actAs() {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken(
                    email, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
            SecurityContextHolder.setContext(context);
        }
    }

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

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final JdbcTemplate jdbc;

    MonitoringMother(UserAdministration users, TerritoryQueries territory, JdbcTemplate jdbc) {
        this.users = users;
        this.territory = territory;
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    TestUser admin() {
        return user("admin", Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return user("kraj", Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser districtCoordinator(int orp) {
        return user(
                "koordinator",
                Grant.districtCoordinator(territory.districtRef(orp).orElseThrow()));
    }

    TestUser groupMember(int orp) {
        return user("clen", Grant.groupMember(territory.districtRef(orp).orElseThrow()));
    }

    TestUser providerEditor(int orp) {
        return user(
                "poskytovatel",
                Grant.providerEditor("70890650", territory.districtRef(orp).orElseThrow()));
    }

    private TestUser user(String prefix, Grant grant) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, null, List.of(grant)));
        return new TestUser(id, email);
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
