package cz.planovna.consultation;

import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUsers;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users, plans and consultations with unique names, so tests never depend on demo data or on
 * what other tests left in a shared database. Plans are written with SQL (strategy's entities are
 * its own); consultations and comments through this module's repositories.
 */
class ConsultationMother extends TestUsers {

    /** ORPs whose consultations only this module's tests create. */
    static final int STRAKONICE = 3111;

    static final int VIMPERK = 3116;
    static final int PISEK = 3108;
    static final int BLATNA = 3101;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    /** A plan with one priority → goal → measure. */
    record Sample(long planId, long priorityId, long goalId, long measureId) {}

    private final TerritoryQueries territory;
    private final JdbcTemplate jdbc;
    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final TransactionTemplate tx;

    ConsultationMother(
            UserAdministration users,
            TerritoryQueries territory,
            JdbcTemplate jdbc,
            ConsultationRepository consultations,
            CommentRepository comments,
            TransactionTemplate tx) {
        super(users, territory);
        this.territory = territory;
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.comments = comments;
        this.tx = tx;
    }

    /** A plan of the ORP in the given state with one priority area, goal and measure. */
    Sample plan(int orp, String title, String state) {
        TerritoryRef ref = orp(orp);
        Timestamp now = Timestamp.from(Instant.now());
        long planId = insert(
                "insert into strategy_plan (district_code, region_code, title, year_from, year_to, vision, state,"
                        + " created_at, updated_at) values (?, ?, ?, 2026, 2028, ?, ?, ?, ?)",
                orp,
                ref.regionCode(),
                title,
                "Vize " + title,
                state,
                now,
                now);
        long priority = node(planId, null, "PRIORITY", "Senioři");
        long goal = node(planId, priority, "GOAL", "Péče doma");
        long measure = node(planId, goal, "MEASURE", "Pečovatelská služba " + title);
        return new Sample(planId, priority, goal, measure);
    }

    private long node(long planId, Long parentId, String kind, String title) {
        return insert(
                "insert into strategy_node (plan_id, parent_id, kind, position, title, description) values (?, ?, ?, 1, ?, ?)",
                planId,
                parentId,
                kind,
                title,
                "Popis: " + title);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** A consultation of the plan with the given dates (its outline: the plan's three nodes). */
    long consultation(int orp, Sample plan, String title, LocalDate opens, LocalDate closes, boolean anonymous) {
        return tx.execute(s -> {
            Consultation c = new Consultation(
                    orp, DocumentKind.PLAN, plan.planId(), plan.planId(), "Plán " + title, "test", Instant.now());
            c.describe(
                    title, opens, closes, anonymous, "Úvod " + title, "Souhlasím se zpracováním údajů.", Instant.now());
            c.outline(
                    "Plán " + title,
                    List.of(
                            new ConsultationSection(
                                    0, plan.priorityId(), cz.planovna.strategy.NodeKind.PRIORITY, "1", "Senioři", null),
                            new ConsultationSection(
                                    1, plan.goalId(), cz.planovna.strategy.NodeKind.GOAL, "1.1", "Péče doma", null),
                            new ConsultationSection(
                                    2,
                                    plan.measureId(),
                                    cz.planovna.strategy.NodeKind.MEASURE,
                                    "1.1.1",
                                    "Pečovatelská služba",
                                    "Rozvoj")));
            return consultations.save(c).id();
        });
    }

    /** A comment written straight to the database (not through the form). */
    long comment(long consultationId, String text, String name, String email) {
        return tx.execute(s -> {
            int number = comments.maxNumber(consultationId) + 1;
            return comments.save(new ConsultationComment(
                            consultationId,
                            number,
                            CommentTarget.wholeDocument(),
                            text,
                            name,
                            email,
                            name != null,
                            null,
                            Instant.now()))
                    .id();
        });
    }

    /** A comment whose text a moderator has hidden. */
    long hiddenComment(long consultationId, String text, String reason) {
        long id = comment(consultationId, text, null, null);
        tx.executeWithoutResult(s -> comments.findById(id).orElseThrow().hide(reason, "test", Instant.now()));
        return id;
    }

    long consultationVersion(long id) {
        return tx.execute(s -> consultations.findById(id).orElseThrow().version());
    }

    long commentVersion(long id) {
        return tx.execute(s -> comments.findById(id).orElseThrow().version());
    }

    /** An open consultation (opened yesterday, closing in 30 days) of a new plan of the ORP. */
    long open(int orp, boolean anonymous) {
        Sample plan = plan(orp, unique("Plán"), "DRAFT");
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return consultation(orp, plan, unique("Otevřené"), today.minusDays(1), today.plusDays(30), anonymous);
    }

    long closed(int orp) {
        Sample plan = plan(orp, unique("Plán"), "DRAFT");
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return consultation(orp, plan, unique("Ukončené"), today.minusDays(40), today.minusDays(2), false);
    }

    long prepared(int orp) {
        Sample plan = plan(orp, unique("Plán"), "DRAFT");
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return consultation(orp, plan, unique("Připravené"), today.plusDays(5), today.plusDays(30), false);
    }

    /** A fresh network address for a request, so tests never share a rate-limit bucket. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor fromNewAddress() {
        String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A draft action plan for 2027 of the plan with its measure as the one item; its id. */
    long actionPlan(Sample plan) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert(
                "insert into strategy_action_plan (plan_id, plan_year, state, created_at, updated_at)"
                        + " values (?, 2027, 'DRAFT', ?, ?)",
                plan.planId(),
                now,
                now);
        insert(
                "insert into strategy_action_item (action_plan_id, node_id, position, origin, term_kind)"
                        + " values (?, ?, 1, 'GENERATED', 'YEAR')",
                id,
                plan.measureId());
        return id;
    }
}
