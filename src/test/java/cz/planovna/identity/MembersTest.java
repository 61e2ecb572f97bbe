package cz.planovna.identity;

import static cz.planovna.identity.UserMother.DOMAZLICE;
import static cz.planovna.identity.UserMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /orp/{code}/clenove: who plans in an ORP, for those who see its internal pages. */
@IdentityWebTest
class MembersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    UserMother mother;
    String marker;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
        marker = "Zz" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listsThePeopleOfTheOrpWithTheirRoles() throws Exception {
        TestUser editor =
                mother.create("m", "Editorka " + marker, null, Grant.providerEditor(UserMother.ICO, mother.orp(PISEK)));
        TestUser member = mother.create("m", "Členka " + marker, null, Grant.groupMember(mother.orp(PISEK)));
        TestUser foreign = mother.create("m", "Cizí " + marker, null, Grant.groupMember(mother.orp(DOMAZLICE)));

        Document page = page(mother.groupMember(PISEK), "/orp/3108/clenove");

        assertThat(page.select("h1").text()).isEqualTo("Členové – ORP Písek");
        String text = page.select("tbody").text();
        assertThat(text).contains(member.fullName(), member.email(), "Editor poskytovatele (IČO 70890650)");
        assertThat(text).doesNotContain(foreign.fullName());
        assertThat(page.select("tbody th").eachText())
                .filteredOn(name -> name.contains(marker))
                .containsExactly(member.fullName(), editor.fullName());
        // a group member may look, not manage
        assertThat(page.select("a[href='/admin/uzivatele/pozvat']")).isEmpty();
        assertThat(page.select("tbody th a")).isEmpty();
    }

    @Test
    void aCoordinatorGetsLinksToManageTheMembers() throws Exception {
        TestUser member = mother.groupMember(PISEK);

        Document page = page(mother.districtCoordinator(PISEK), "/orp/3108/clenove");

        assertThat(page.select("a[href='/admin/uzivatele/pozvat']")).hasSize(1);
        assertThat(page.select("a[href='/admin/uzivatele/" + member.id() + "']").text())
                .isEqualTo(member.fullName());
    }

    @Test
    void anUnknownOrpIs404() throws Exception {
        mvc.perform(get("/orp/9999/clenove").with(mother.admin().signedIn())).andExpect(status().isNotFound());
    }

    private Document page(TestUser viewer, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(viewer.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
