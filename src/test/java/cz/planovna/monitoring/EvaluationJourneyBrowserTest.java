package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.EvaluationTestData.Sample;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A coordinator of ORP Strakonice creates the yearly evaluation 2020 of a plan (first forgetting
 * the year), writes the summary, a conclusion and the evaluation of the process, closes it and
 * downloads the generated PDF and DOCX. Every page passes axe (WCAG 2.1 AA).
 */
class EvaluationJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Evaluace-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    StrategyService strategy;

    @Autowired
    StrategyQueries plans;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    WebApplicationContext context;

    @Test
    void aCoordinatorCreatesWritesClosesAndDownloadsAnEvaluation() {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        EvaluationTestData data = new EvaluationTestData(users, territory, strategy, plans, evaluations, mvc);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Sample plan = data.plan("Plán Strakonice " + suffix, false);
        String email = "koordinator.evaluace." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Strakonice",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(EvaluationTestData.STRAKONICE).orElseThrow()))));
        String base = "/orp/" + EvaluationTestData.STRAKONICE + "/planovani/plany/" + plan.planId();

        login(email, PASSWORD);
        open(base);
        clickLink("Evaluace");
        assertThat(currentPath()).isEqualTo(base + "/evaluace");
        assertThat(find("main .empty-state").getText()).isEqualTo("Plán zatím nemá žádnou evaluaci.");
        assertAccessible();

        clickLink("Nová evaluace");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find(".error-summary").getText()).contains("U roční evaluace vyberte rok.");
        assertThat(find("#year").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();

        new Select(find("#year")).selectByValue("2020");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Úprava evaluace: Roční evaluace 2020");
        assertThat(find("main .alert-success").getText()).startsWith("Evaluace je založená.");
        find("#summary").sendKeys("Většinu opatření se podařilo zahájit.");
        find("#zaver-" + plan.priorityId()).sendKeys("Víkendový provoz pečovatelské služby funguje.");
        find("#strengths").sendKeys("Pravidelná setkání pracovních skupin.");
        new Select(find("#satisfaction")).selectByValue("4");
        find("#participants").sendKeys("34");
        assertAccessible();
        screenshot("uprava");
        clickAndWaitForPage(find("main form button[type=submit]"));

        assertThat(find("main .alert-success").getText()).isEqualTo("Evaluace je uložená.");
        assertThat(find("main").getText())
                .contains("Víkendový provoz pečovatelské služby funguje.")
                .contains("4 – spíše spokojeni");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Evaluace je uzavřená.");
        assertThat(find("main .facts .badge").getText()).isEqualTo("Uzavřená");
        assertThat(findAll("main a").stream().map(a -> a.getText()).toList()).doesNotContain("Upravit texty");
        assertAccessible();
        screenshot("detail");

        String pdf = find("main a[href$='.pdf']").getAttribute("href");
        String docx = find("main a[href$='.docx']").getAttribute("href");
        assertThat(download(pdf)).containsEntry("status", 200L).containsEntry("type", "application/pdf");
        assertThat(download(docx)).containsEntry("status", 200L);
        assertThat(download(pdf).get("size")).isInstanceOf(Long.class);
        assertThat((Long) download(pdf).get("size")).isGreaterThan(10_000L);

        open(base + "/evaluace");
        assertThat(findAll("main table tbody tr")).hasSize(1);
        assertThat(find("main table tbody tr").getText())
                .contains("Roční evaluace 2020")
                .contains("Uzavřená");
        assertAccessible();
        screenshot("seznam");
    }

    /** Fetches a link as the signed-in browser does: status, content type and size of the body. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String href) {
        return (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), size: b.byteLength})))"
                        + ".catch(e => done({status: -1, type: String(e), size: 0}));",
                href);
    }
}
