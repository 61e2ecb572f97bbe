package cz.planovna.monitoring;

import static cz.planovna.monitoring.MonitoringMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.MonitoringMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The monitoring pages with MockMvc: entry, fulfilment on the dashboard, bad input, stale edits, audit. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MonitoringQueries queries;

    @Autowired
    MonitoringTraceSection trace;

    MonitoringMother mother;
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        mother = new MonitoringMother(users, territory, jdbc);
        coordinator = mother.districtCoordinator(STRAKONICE);
    }

    private static String base(Sample s) {
        return "/orp/" + STRAKONICE + "/planovani/plany/" + s.planId() + "/monitoring";
    }

    /**
     * A valid form of measure A: running, clients 15 (baseline 10, target 20 in 2020), satisfaction
     * 60 (target 80 %); {@code overrides} replace fields (name, value, name, value, …).
     */
    private MockHttpServletRequestBuilder measureA(Sample s, int year, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("items[0].nodeId", String.valueOf(s.measureA()));
        params.put("items[0].version", "");
        params.put("items[0].state", "RUNNING");
        params.put("items[0].comment", "Běží od jara");
        params.put("items[0].spent[MUNICIPALITY]", "600 000");
        params.put("items[0].spent[STATE]", "");
        params.put("items[1].nodeId", String.valueOf(s.activityA()));
        params.put("items[1].version", "");
        params.put("items[1].state", "DONE");
        params.put("items[1].comment", "");
        params.put("items[1].spent[STATE]", "150000");
        params.put("actuals[0].indicatorId", String.valueOf(s.clientsIndicator()));
        params.put("actuals[0].version", "");
        params.put("actuals[0].value", "15");
        params.put("actuals[1].indicatorId", String.valueOf(s.satisfactionIndicator()));
        params.put("actuals[1].version", "");
        params.put("actuals[1].value", "60");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(base(s) + "/" + year + "/opatreni/" + s.measureA())
                .with(csrf())
                .with(coordinator.signedIn());
        params.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder measureB(Sample s) {
        return post(base(s) + "/2020/opatreni/" + s.measureB())
                .with(csrf())
                .with(coordinator.signedIn())
                .param("items[0].nodeId", String.valueOf(s.measureB()))
                .param("items[0].state", "DONE");
    }

    @Test
    void enteredValuesGiveTheHandComputedFulfilment() throws Exception {
        Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring výpočet"), "IN_FORCE");
        mvc.perform(measureA(s, 2020)).andExpect(status().isFound());
        mvc.perform(measureB(s)).andExpect(status().isFound());

        String page = mvc.perform(get(base(s)).param("rok", "2020").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // measure A: clients (15 − 10) / (20 − 10) = 50 %, satisfaction 60 / 80 = 75 % → 62.5 %
        assertThat(page).contains("62,5 %").contains("Částečně splněno");
        // measure B: no indicators, done → 100 %; goal (62.5 + 100) / 2 = 81.25 → 81,3 %
        assertThat(page).contains("100 %").contains("Splněno").contains("81,3 %");
        // money: planned 1 500 000, spent 600 000 + 150 000 (activity) = 750 000
        assertThat(page).contains("1\u00a0500\u00a0000\u00a0Kč").contains("750\u00a0000\u00a0Kč");
        // chart with title, desc and the data table
        assertThat(page).contains("<svg").contains("<desc").contains("Hodnoty ukazatele Klienti");

        coordinator.actAs();
        try {
            YearReport report = queries.yearReport(STRAKONICE, s.planId(), 2020);
            MeasureProgress a = report.measures().get(0);
            assertThat(a.fulfilment().display()).isEqualByComparingTo("62.5");
            assertThat(a.money().spent()).isEqualTo(750_000);
            assertThat(a.money().planned()).isEqualTo(1_500_000);
            assertThat(a.activities().get(0).state()).isEqualTo(ItemState.DONE);
            assertThat(report.total().display()).isEqualByComparingTo("81.3");
            assertThat(queries.monitoredYears(STRAKONICE, s.planId())).containsExactly(2020);
            IndicatorSeries clients = queries.indicatorSeries(STRAKONICE, s.planId(), s.clientsIndicator());
            assertThat(clients.points()).hasSize(3);
            assertThat(clients.points().get(0).actual()).isEqualByComparingTo("15");
            assertThat(clients.points().get(1).target()).isEqualByComparingTo("30");
        } finally {
            SecurityContextHolder.clearContext();
        }

        String log = mvc.perform(get(base(s) + "/zmeny").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(log).contains("Probíhá").contains("Běží od jara").contains(coordinator.email());
    }

    @Test
    void valuesOfTheWrongUnitAreFieldErrorsAndNothingIsLost() throws Exception {
        Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring chyby"), "DRAFT");
        String page = mvc.perform(measureA(
                        s,
                        2020,
                        "items[0].comment",
                        "Komentář, který se nesmí ztratit",
                        "items[0].spent[MUNICIPALITY]",
                        "-5",
                        "actuals[0].value",
                        "15,5",
                        "actuals[1].value",
                        "120"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Částka nemůže být záporná.")
                .contains("se počítá v celých číslech")
                .contains("Procenta mohou být nejvýše 100.")
                .contains("Komentář, který se nesmí ztratit")
                .contains("value=\"15,5\"")
                .contains("aria-invalid=\"true\"");
        Integer stored = jdbc.queryForObject(
                "select count(*) from monitoring_item where plan_id = ?", Integer.class, s.planId());
        assertThat(stored).isZero();

        String text = mvc.perform(measureA(s, 2020, "actuals[0].value", "hodně"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text).contains("Zadejte číslo");
        String longComment = "x".repeat(2001);
        String tooLong = mvc.perform(measureA(s, 2020, "items[0].comment", longComment))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("Komentář je delší než 2");
    }

    @Test
    void aYearOutsideThePlanIsNotFound() throws Exception {
        Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring rok"), "DRAFT");
        mvc.perform(get(base(s) + "/2019").with(coordinator.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get(base(s)).param("rok", "2023").with(coordinator.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(measureA(s, 2030)).andExpect(status().isNotFound());
        mvc.perform(get(base(s) + "/2022").with(coordinator.signedIn())).andExpect(status().isOk());
    }

    @Test
    void aStaleFormIsAConflict() throws Exception {
        Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring konflikt"), "DRAFT");
        mvc.perform(measureA(s, 2020)).andExpect(status().isFound());
        // the same form again, opened before the first save (no version): somebody saved meanwhile
        String conflict = mvc.perform(measureA(s, 2020, "items[0].comment", "Moje verze"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(conflict).contains("Moje verze");
        Long version = jdbc.queryForObject(
                "select version from monitoring_item where node_id = ? and monitored_year = 2020",
                Long.class,
                s.measureA());
        Long actualVersion = jdbc.queryForObject(
                "select version from monitoring_indicator_actual where indicator_id = ? and actual_year = 2020",
                Long.class,
                s.clientsIndicator());
        Long satisfactionVersion = jdbc.queryForObject(
                "select version from monitoring_indicator_actual where indicator_id = ? and actual_year = 2020",
                Long.class,
                s.satisfactionIndicator());
        Long activityVersion = jdbc.queryForObject(
                "select version from monitoring_item where node_id = ? and monitored_year = 2020",
                Long.class,
                s.activityA());
        // with the current versions the save goes through, and an older version afterwards is stale
        mvc.perform(measureA(
                        s,
                        2020,
                        "items[0].version",
                        String.valueOf(version),
                        "items[1].version",
                        String.valueOf(activityVersion),
                        "actuals[0].version",
                        String.valueOf(actualVersion),
                        "actuals[1].version",
                        String.valueOf(satisfactionVersion),
                        "items[0].state",
                        "DONE"))
                .andExpect(status().isFound());
        mvc.perform(measureA(
                        s,
                        2020,
                        "items[0].version",
                        String.valueOf(version),
                        "items[1].version",
                        String.valueOf(activityVersion),
                        "actuals[0].version",
                        String.valueOf(actualVersion),
                        "actuals[1].version",
                        String.valueOf(satisfactionVersion)))
                .andExpect(status().isConflict());
    }

    @Test
    void aFormNamingAnotherMeasuresNodesIsNotFound() throws Exception {
        Sample s = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring cizí"), "DRAFT");
        Sample other = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring cizí 2"), "DRAFT");
        mvc.perform(measureA(s, 2020, "items[1].nodeId", String.valueOf(other.activityA())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base(s) + "/2020/opatreni/" + other.measureA())
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("items[0].nodeId", String.valueOf(other.measureA()))
                        .param("items[0].state", "DONE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTraceSectionListsMonitoredYearsInternallyAndForPublicPlansOnly() throws Exception {
        Sample draft = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring stopa"), "DRAFT");
        Sample inForce = mother.plan(STRAKONICE, MonitoringMother.unique("Monitoring stopa platný"), "IN_FORCE");
        mvc.perform(measureA(draft, 2020)).andExpect(status().isFound());
        mvc.perform(measureA(inForce, 2021)).andExpect(status().isFound());

        coordinator.actAs();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("cs"));
        try {
            var lines = trace.entries(STRAKONICE, draft.planId(), draft.measureA(), true);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).label()).isEqualTo("Rok 2020: Probíhá");
            assertThat(lines.get(0).year()).isEqualTo(2020);
            assertThat(lines.get(0).detail())
                    .contains("Vyčerpáno 750\u00a0000\u00a0Kč z plánovaných 1\u00a0500\u00a0000\u00a0Kč.")
                    .contains("Klienti: skutečnost 15 osob, cíl 20 osob.");
            assertThat(lines.get(0).href()).contains("/monitoring?rok=2020");
            assertThat(trace.entries(STRAKONICE, draft.planId(), draft.measureB(), true))
                    .isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
        // the public: nothing of a draft, the same lines (without links) of a plan in force
        assertThat(trace.entries(STRAKONICE, draft.planId(), draft.measureA(), false))
                .isEmpty();
        var lines = trace.entries(STRAKONICE, inForce.planId(), inForce.measureA(), false);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).label()).isEqualTo("Rok 2021: Probíhá");
        assertThat(lines.get(0).detail()).contains("Klienti: skutečnost 15 osob, cíl 30 osob.");
        assertThat(lines.get(0).href()).isNull();
        LocaleContextHolder.resetLocaleContext();
    }
}
