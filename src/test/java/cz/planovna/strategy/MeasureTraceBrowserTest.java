package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public finds a measure of ORP Strakonice's plan in force and opens its trace page: why it
 * exists, its projects, its money by year and source, its indicators; the team opens the same
 * measure's internal trace page from the coordinator's plan page. Every page passes axe.
 */
class MeasureTraceBrowserTest extends BrowserTestSupport {

    static final int STRAKONICE = 3111;
    static final String PASSWORD = "Sledovatelnost-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    TransactionTemplate tx;

    @Test
    void thePublicAndTheTeamFollowAMeasureFromItsReasonsToItsMoney() {
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        StrategyMother.Sample plan =
                mother.plan(STRAKONICE, StrategyMother.unique("Plán Strakonicko"), PlanState.IN_FORCE);
        String measure = nodes.findById(plan.measureId()).orElseThrow().title();

        open("/orp/" + STRAKONICE + "/plan?plan=" + plan.planId());
        clickAndWaitForPage(find("a[aria-label='Sledovatelnost opatření 1.1.1 " + measure + "']"));
        assertThat(currentPath()).isEqualTo("/orp/" + STRAKONICE + "/plan/opatreni/" + plan.measureId());
        assertThat(heading()).isEqualTo("Sledovatelnost opatření 1.1.1 " + measure);
        assertThat(plain(find("#penize tfoot").getText())).contains("1 793 475 Kč");
        assertThat(find("#indikatory tbody").getText()).contains("Klienti");
        assertThat(find("#projekty .empty-state").getText()).isEqualTo("K opatření zatím není přiřazen žádný projekt.");
        assertAccessible();
        screenshot("public-trace");

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "stopa." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Členka Strakonice",
                PASSWORD,
                List.of(Grant.groupMember(territory.districtRef(STRAKONICE).orElseThrow()))));
        login(email, PASSWORD);
        open("/orp/" + STRAKONICE + "/planovani/plany/" + plan.planId());
        clickAndWaitForPage(find("a[aria-label='Sledovatelnost opatření 1.1.1 " + measure + "']"));
        assertThat(currentPath())
                .isEqualTo("/orp/" + STRAKONICE + "/planovani/plany/" + plan.planId() + "/opatreni/" + plan.measureId()
                        + "/sledovatelnost");
        assertThat(heading()).isEqualTo("Sledovatelnost opatření 1.1.1 " + measure);
        assertAccessible();
        screenshot("internal-trace");
    }

    private static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }
}
