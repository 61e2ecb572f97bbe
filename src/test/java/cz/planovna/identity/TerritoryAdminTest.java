package cz.planovna.identity;

import static cz.planovna.identity.UserMother.JIHOCESKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /admin/uzemi: which ORP plan in Plánovna, decided by admins and regional coordinators. */
@IdentityWebTest
class TerritoryAdminTest {

    /** Seed ORP that other tests may expect to be active; this test leaves them alone. */
    static final Set<Integer> SEED = Set.of(3108, 3101, 3103, 3202, 7204);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    UserMother mother;
    TestUser regional;
    DistrictSummary orp;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
        regional = mother.regionalCoordinator(JIHOCESKY);
        orp = territory.districts().stream()
                .filter(d -> d.regionCode() == JIHOCESKY && !SEED.contains(d.code()))
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void restore() throws Exception {
        DistrictDetail now = territory.district(orp.code()).orElseThrow();
        if (now.district().planningActive() != orp.planningActive()) {
            post(orp.planningActive(), now.version());
        }
    }

    @Test
    void aRegionalCoordinatorSeesTheOrpOfTheirKrajOnly() throws Exception {
        Document list = page("/admin/uzemi");

        List<String> regions = list.select("tbody td:nth-of-type(1)").eachText();
        assertThat(regions).isNotEmpty().containsOnly("Jihočeský kraj");
        assertThat(list.select("tbody th a").eachText()).contains("Písek", "Český Krumlov", orp.name());
    }

    @Test
    void switchesPlanningOnAndOffWithTheVersionSeen() throws Exception {
        boolean before = orp.planningActive();
        long version = territory.district(orp.code()).orElseThrow().version();

        mvc.perform(post(!before, version))
                .andExpect(redirectedUrl("/admin/uzemi/" + orp.code()))
                .andExpect(flash().attribute(
                                "notice", before ? "identity.notice.planning.off" : "identity.notice.planning.on"));

        assertThat(territory.district(orp.code()).orElseThrow().district().planningActive())
                .isEqualTo(!before);
        Document detail = page("/admin/uzemi/" + orp.code());
        assertThat(detail.select("#active").hasAttr("checked")).isEqualTo(!before);
    }

    @Test
    void aStaleFormShowsTheConflictWithBothValues() throws Exception {
        boolean before = orp.planningActive();
        long seen = territory.district(orp.code()).orElseThrow().version();
        mvc.perform(post(!before, seen)).andExpect(status().isFound());

        String html = mvc.perform(post(before, seen))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document conflict = Jsoup.parse(html);
        assertThat(conflict.select(".conflict h2").text()).isEqualTo(orp.name());
        assertThat(conflict.select(".conflict dd").eachText())
                .containsExactly(before ? "ano" : "ne", before ? "ne" : "ano");
    }

    @Test
    void anOrpOfAnotherKrajIsForbidden() throws Exception {
        mvc.perform(get("/admin/uzemi/3202").with(regional.signedIn())).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(
            boolean active, long version) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/uzemi/" + orp.code())
                .with(csrf())
                .with(regional.signedIn())
                .param("active", String.valueOf(active))
                .param("version", String.valueOf(version));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(regional.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
