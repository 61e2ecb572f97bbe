package cz.planovna.region;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import cz.planovna.catalogue.NetworkService;
import cz.planovna.catalogue.NetworkService.NetworkCapacity;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.CostTotals;
import cz.planovna.strategy.MeasureKind;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import cz.planovna.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Test data of the region module. Plans are made the way a coordinator makes them, through the
 * strategy module's forms (its entities are not this module's to touch), with unique titles; users
 * with unique e-mails. Catalogue services and strategy nodes for the unit tests are plain records.
 */
final class RegionMother extends TestUsers {

    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;
    static final int PISEK = 3108;
    static final String PASSWORD = "Region-Test-2026!";

    private static final Pattern ID = Pattern.compile("/plany/(\\d+)");
    private static final Pattern NODE = Pattern.compile("#uzel-(\\d+)");

    private final MockMvc mvc;
    private final StrategyQueries strategy;

    RegionMother(MockMvc mvc, UserAdministration users, TerritoryQueries territory, StrategyQueries strategy) {
        super(users, territory, PASSWORD);
        this.mvc = mvc;
        this.strategy = strategy;
    }

    /** A plan being built: priority → goal → measures, then costs and the state. */
    final class PlanBuilder {
        private final TestUser author;
        private final int orp;
        private final long planId;
        private final long goalId;

        private PlanBuilder(TestUser author, int orp, String title, int yearFrom, int yearTo) throws Exception {
            this.author = author;
            this.orp = orp;
            String location = send(post(base() + "novy")
                    .param("title", title)
                    .param("yearFrom", String.valueOf(yearFrom))
                    .param("yearTo", String.valueOf(yearTo))
                    .param("vision", "Vize " + title)
                    .param("version", "0"));
            this.planId = number(ID, location);
            long priority = node(null, "Oblast " + title, null, List.of());
            this.goalId = node(priority, "Cíl " + title, null, List.of());
        }

        private String base() {
            return "/orp/" + orp + "/planovani/plany/";
        }

        /** A measure for the given target groups (codes of the register's code list). */
        long measure(String title, List<String> targetGroups) throws Exception {
            return node(goalId, title, MeasureKind.DEVELOP, targetGroups);
        }

        /** Costs of a measure: year → amount paid by the municipality and by the state. */
        PlanBuilder costs(long measureId, Map<Integer, long[]> byYear) throws Exception {
            MockHttpServletRequestBuilder request =
                    post(base() + planId + "/polozky/" + measureId + "/naklady").param("version", "0");
            byYear.forEach((year, amounts) -> {
                request.param("c-" + year + "-MUNICIPALITY", String.valueOf(amounts[0]));
                request.param("c-" + year + "-STATE", String.valueOf(amounts[1]));
            });
            send(request);
            return this;
        }

        /** Puts the draft out for public comments. */
        PlanBuilder publicCommenting() throws Exception {
            long version = as(author, () -> strategy.summary(orp, planId).version());
            send(post(base() + planId + "/stav")
                    .param("target", PlanState.PUBLIC_COMMENTING.name())
                    .param("version", String.valueOf(version)));
            PlanState state = as(author, () -> strategy.summary(orp, planId).state());
            if (state != PlanState.PUBLIC_COMMENTING) {
                throw new IllegalStateException("plan " + planId + " stayed " + state);
            }
            return this;
        }

        long id() {
            return planId;
        }

        private long node(Long parent, String title, MeasureKind kind, List<String> groups) throws Exception {
            MockHttpServletRequestBuilder request = post(base() + planId + "/polozky/nova")
                    .param("title", title)
                    .param("version", "0");
            if (parent != null) {
                request.param("nadrazena", String.valueOf(parent));
            }
            if (kind != null) {
                request.param("measureKind", kind.name());
            }
            groups.forEach(g -> request.param("targetGroups", g));
            return number(NODE, send(request));
        }

        private String send(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request.with(csrf()).with(author.signedIn()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
        }
    }

    PlanBuilder plan(TestUser author, int orp, String title, int yearFrom, int yearTo) throws Exception {
        return new PlanBuilder(author, orp, title, yearFrom, yearTo);
    }

    /**
     * Takes the plans of the ORP in public commenting whose title starts with {@code titlePrefix}
     * back to drafts, the way a coordinator withdraws a draft: what an earlier run of a test left in
     * the shared PostgreSQL database then is no longer the ORP's public plan.
     */
    void withdrawFromComments(TestUser author, int orp, String titlePrefix) throws Exception {
        List<PlanSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            var plans = as(author, () -> strategy.plans(orp, p, null));
            all.addAll(plans.getContent());
            if (!plans.hasNext()) {
                break;
            }
        }
        for (PlanSummary plan : all) {
            if (plan.state() == PlanState.PUBLIC_COMMENTING && plan.title().startsWith(titlePrefix)) {
                long version = as(author, () -> strategy.summary(orp, plan.id()).version());
                mvc.perform(post("/orp/" + orp + "/planovani/plany/" + plan.id() + "/stav")
                                .param("target", PlanState.DRAFT.name())
                                .param("version", String.valueOf(version))
                                .with(csrf())
                                .with(author.signedIn()))
                        .andExpect(status().is3xxRedirection());
                PlanState state =
                        as(author, () -> strategy.summary(orp, plan.id()).state());
                if (state != PlanState.DRAFT) {
                    throw new IllegalStateException("plan " + plan.id() + " stayed " + state);
                }
            }
        }
    }

    private static long number(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url == null ? "" : url);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + url);
        }
        return Long.parseLong(m.group(1));
    }

    /** Runs a query of another module as the given user (its access checks read the security context). */
    static <T> T as(TestUser user, Supplier<T> query) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null, List.of()));
        try {
            return query.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    // ---- plain records for the unit tests -------------------------------------------------------

    static NetworkService service(
            long id, String section, int district, List<Integer> facilityObce, CapacityType unit, int amount) {
        return new NetworkService(
                id,
                "Služba " + id,
                section,
                "druh " + section,
                district,
                false,
                List.of(),
                Set.of(DeliveryForm.RESIDENTIAL),
                List.of(new NetworkCapacity(DeliveryForm.RESIDENTIAL, unit, amount)),
                facilityObce,
                Set.of(),
                Set.of());
    }

    static NodeView measure(long id, List<String> targetGroups) {
        return node(id, NodeKind.MEASURE, targetGroups, List.of());
    }

    static NodeView node(long id, NodeKind kind, List<String> targetGroups, List<NodeView> children) {
        return new NodeView(
                id,
                null,
                kind,
                String.valueOf(id),
                "Uzel " + id,
                null,
                kind == NodeKind.MEASURE ? MeasureKind.DEVELOP : null,
                List.of(),
                targetGroups,
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                new CostTotals(Map.of()),
                new ArrayList<>(children),
                true,
                true,
                0);
    }
}
