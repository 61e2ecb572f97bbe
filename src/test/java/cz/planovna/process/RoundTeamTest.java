package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator and the realisation team of a round: edited by the coordinator, shown publicly. */
@ProcessWebTest
class RoundTeamTest {

    /** Milevsko: no other test plans there, so this round is the one the public page shows. */
    static final int MILEVSKO = 3107;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theTeamIsSavedInOrderAndShownOnThePublicPage() throws Exception {
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        TestUser coordinator = mother.districtCoordinator(MILEVSKO);
        long round = mother.round(MILEVSKO, ProcessMother.unique("Etapa s týmem"));
        String url = "/orp/" + MILEVSKO + "/planovani/etapy/" + round + "/tym";

        Document invalid = page(mvc.perform(post(url)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("coordinatorName", "")
                        .param("coordinatorEmail", "není e-mail")
                        .param("coordinatorPhone", "volejte ráno")
                        .param("team", "Petr Novák – garant")
                        .param("version", String.valueOf(mother.roundVersion(round))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select(".error-summary li")).hasSize(3);

        mvc.perform(post(url)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("coordinatorName", "Jana Koordinátorka")
                        .param("coordinatorEmail", "jana@strakonice.example.cz")
                        .param("coordinatorPhone", "+420 383 700 111")
                        .param("team", "Petr Novák – odborný garant\n\nEva Malá - <b>metodička</b>\nKarel Bez Role")
                        .param("version", String.valueOf(mother.roundVersion(round))))
                .andExpect(status().is3xxRedirection());

        Document form = page(mvc.perform(get(url).with(coordinator.signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#team").val())
                .isEqualTo("Petr Novák – odborný garant\nEva Malá – <b>metodička</b>\nKarel Bez Role");

        Document publicPage = page(mvc.perform(get("/orp/" + MILEVSKO + "/proces"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(publicPage.select("#round-heading ~ div li").eachText())
                .containsExactly("Petr Novák – odborný garant", "Eva Malá – <b>metodička</b>", "Karel Bez Role");
        assertThat(publicPage.select("#round-heading ~ div dl").text())
                .contains("Jana Koordinátorka", "jana@strakonice.example.cz", "+420 383 700 111");
        assertThat(publicPage.select("main b")).isEmpty();

        mvc.perform(post(url)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("coordinatorName", "Někdo jiný")
                        .param("version", "0"))
                .andExpect(status().isConflict());
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
