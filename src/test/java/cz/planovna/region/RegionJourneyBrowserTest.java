package cz.planovna.region;

import static cz.planovna.region.RegionMother.JIHOCESKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The regional coordinator of Jihočeský kraj compares the kraj's ORP in Chromium: Písek, Blatná and
 * Český Krumlov (planning, no plan of this test), a draft in Kaplice (3106) and a plan in public
 * commenting in Vodňany (3117); sorts by costs, reads the map; then the public sees only the
 * published plan. Every page passes axe (WCAG 2.1 AA). It runs again on a database where earlier runs
 * left their plans: those of Vodňany are taken back to drafts first, and Kaplice's newest draft is
 * this run's.
 */
class RegionJourneyBrowserTest extends BrowserTestSupport {

    static final int KAPLICE = 3106;
    static final int VODNANY = 3117;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    StrategyQueries strategy;

    @Test
    void theRegionalCoordinatorComparesTheOrpAndThePublicSeesOnlyPublishedPlans() throws Exception {
        administration.activatePlanning(3108, 3101, 3103, KAPLICE, VODNANY);
        RegionMother mother = new RegionMother(
                MockMvcBuilders.webAppContextSetup(context)
                        .apply(springSecurity())
                        .build(),
                users,
                territory,
                strategy);
        TestUser admin = mother.admin();
        TestUser regional = mother.regionalCoordinator(JIHOCESKY);
        int year = LocalDate.now().getYear();
        String group = strategy.targetGroups().get(0).code();
        String draft = RegionMother.unique("Návrh Kaplice");
        mother.plan(admin, KAPLICE, draft, year, year + 2).measure("Terénní péče Kaplice", List.of(group));
        // the PostgreSQL suite shares one database: earlier runs' plans of Vodňany go back to drafts,
        // so this run's plan is the ORP's only public one (internally its newest by the first year)
        mother.withdrawFromComments(admin, VODNANY, "Plán Vodňany ");
        String published = RegionMother.unique("Plán Vodňany");
        var vodnany = mother.plan(admin, VODNANY, published, year - 1, year + 1);
        long measure = vodnany.measure("Pečovatelská služba Vodňany", List.of(group));
        vodnany.costs(measure, Map.of(year, new long[] {90_000_000, 9_000_000})).publicCommenting();

        login(regional.email(), RegionMother.PASSWORD);
        open("/kraj/" + JIHOCESKY);
        assertThat(heading()).isEqualTo("Jihočeský kraj");
        assertThat(find("#visibility").getText()).startsWith("Vidíte interní údaje všech porovnávaných ORP");
        List<String> compared = texts("#comparison tbody th[scope=row]");
        assertThat(compared).contains("Písek", "Blatná", "Český Krumlov", "Kaplice", "Vodňany");
        assertThat(row(KAPLICE).getText()).contains("návrh", draft);
        assertThat(row(VODNANY).getText()).contains("v připomínkování", published, "99 000 000 Kč");
        assertThat(findAll("svg.region-map path.region-area")).hasSize(17);
        assertThat(find("svg.region-map text[data-orp='3117']").getText()).contains("Vodňany", "v připomínkování");
        assertAccessible();
        screenshot("01-regional");

        // sort by the planned costs: first ascending, then the same header turns it around
        clickAndWaitForPage(find("#comparison thead th:nth-child(5) a"));
        assertThat(find("#comparison thead th:nth-child(5)").getAttribute("aria-sort"))
                .isEqualTo("ascending");
        clickAndWaitForPage(find("#comparison thead th:nth-child(5) a"));
        assertThat(find("#comparison thead th:nth-child(5)").getAttribute("aria-sort"))
                .isEqualTo("descending");
        // other tests' plans share the PostgreSQL database, so only the relative order is certain
        List<String> descending = texts("#comparison tbody th[scope=row]");
        assertThat(descending.indexOf("Vodňany")).isLessThan(descending.indexOf("Kaplice"));
        assertAccessible();

        // the exports keep the order
        assertThat(find("#export-xlsx").getAttribute("href"))
                .endsWith("/kraj/3034/porovnani.xlsx?razeni=naklady&smer=sestupne");
        assertThat(find("#export-pdf").getAttribute("href"))
                .endsWith("/kraj/3034/porovnani.pdf?razeni=naklady&smer=sestupne");

        logout();
        open("/kraj/" + JIHOCESKY);
        assertThat(find("#visibility").getText()).startsWith("Zobrazeny jsou jen zveřejněné údaje");
        assertThat(find("main").getText()).doesNotContain(draft).contains(published);
        assertThat(row(KAPLICE).getText()).contains("žádný zveřejněný plán");
        assertThat(find("svg.region-map text[data-orp='3106']").getText()).contains("plánuje, bez plánu");
        assertAccessible();
        screenshot("02-public");

        // the ORP list of the territory stays on the page, with links to each ORP
        clickAndWaitForPage(find("#districts a[href$='/orp/3117']"));
        assertThat(currentPath()).isEqualTo("/orp/3117");
    }

    private WebElement row(int orp) {
        return find("#comparison tbody tr[data-orp='" + orp + "']");
    }

    private List<String> texts(String css) {
        return findAll(css).stream().map(WebElement::getText).toList();
    }
}
