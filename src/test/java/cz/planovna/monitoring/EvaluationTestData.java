package cz.planovna.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import cz.planovna.testing.TestUsers;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Test users, plans and evaluations with unique names, made through the public APIs of identity
 * and strategy and the evaluation service, so tests never depend on demo data or on what other
 * tests left in a shared database.
 */
class EvaluationTestData extends TestUsers {

    /** ORP whose evaluations these tests create (own); Písek and Plzeňský kraj are foreign. */
    static final int STRAKONICE = 3111;

    static final int PISEK = 3108;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    /** A plan 2020–2022: priority → goal → measure with 1 450 000 Kč of the obce in 2020. */
    record Sample(long planId, long priorityId, long measureId) {}

    private final TerritoryQueries territory;
    private final StrategyService strategy;
    private final StrategyQueries plans;
    private final EvaluationService evaluations;
    private final MockMvc mvc;
    private TestUser coordinator;

    EvaluationTestData(
            UserAdministration users,
            TerritoryQueries territory,
            StrategyService strategy,
            StrategyQueries plans,
            EvaluationService evaluations,
            MockMvc mvc) {
        super(users, territory);
        this.mvc = mvc;
        this.territory = territory;
        this.strategy = strategy;
        this.plans = plans;
        this.evaluations = evaluations;
    }

    /**
     * A plan of Strakonice; {@code publicPlan} puts it out for comments (the public can read it).
     * Nodes and costs go through the coordinator's pages (strategy's node details are internal).
     */
    Sample plan(String title, boolean publicPlan) {
        long planId = asCoordinator(() -> strategy.createPlan(STRAKONICE, title, 2020, 2022, "Vize " + title));
        long priority = node(planId, null, "Senioři", null);
        long goal = node(planId, priority, "Péče doma", null);
        long measure = node(planId, goal, "Pečovatelská služba " + title, "DEVELOP");
        perform(post("/orp/" + STRAKONICE + "/planovani/plany/" + planId + "/polozky/" + measure + "/naklady")
                .param("c-2020-MUNICIPALITY", "1450000")
                .param("c-2021-STATE", "343475")
                .param(
                        "version",
                        String.valueOf(asCoordinator(
                                () -> plans.node(STRAKONICE, planId, measure).version()))));
        if (publicPlan) {
            asCoordinator(() -> {
                strategy.transition(
                        STRAKONICE,
                        planId,
                        plans.summary(STRAKONICE, planId).version(),
                        PlanState.PUBLIC_COMMENTING,
                        null,
                        null,
                        null);
                return null;
            });
        }
        return new Sample(planId, priority, measure);
    }

    private long node(long planId, Long parent, String title, String measureKind) {
        var request = post("/orp/" + STRAKONICE + "/planovani/plany/" + planId + "/polozky/nova")
                .param("title", title)
                .param("version", "0");
        if (parent != null) {
            request.param("nadrazena", String.valueOf(parent));
        }
        if (measureKind != null) {
            request.param("measureKind", measureKind);
        }
        String location = perform(request);
        return Long.parseLong(location.substring(location.indexOf("#uzel-") + 6));
    }

    private String perform(MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request.with(csrf()).with(coordinator().signedIn()))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() != 302) {
                throw new IllegalStateException("strategy refused the test data: " + response.getStatus());
            }
            return response.getRedirectedUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    TestUser coordinator() {
        if (coordinator == null) {
            coordinator = districtCoordinator(STRAKONICE);
        }
        return coordinator;
    }

    /** An evaluation of the plan, optionally closed. */
    long evaluation(long planId, EvaluationKind kind, Integer year, boolean closed) {
        return asCoordinator(() -> {
            long id = evaluations.create(STRAKONICE, planId, kind, year);
            if (closed) {
                evaluations.changeState(STRAKONICE, planId, id, 0, EvaluationState.FINAL);
            }
            return id;
        });
    }

    long version(long planId, long id) {
        return asCoordinator(
                () -> evaluations.evaluation(STRAKONICE, planId, id).version());
    }

    EvaluationView view(long planId, long id) {
        return asCoordinator(() -> evaluations.evaluation(STRAKONICE, planId, id));
    }

    <T> T asCoordinator(Supplier<T> work) {
        TestUser coordinator = coordinator();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(coordinator.email(), null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
