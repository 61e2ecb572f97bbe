package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cz.planovna.shared.web.PageCache;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stored catalogue pages: who gets them, what they carry, and when they are forgotten. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePageCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    LifeSituations situations;

    @Autowired
    PageCache pages;

    CatalogueMother mother;

    @BeforeAll
    void importFixture() {
        mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
    }

    MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String search() {
        return "/katalog?q=" + mother.tag + "&orp=3108";
    }

    @Test
    void anAnonymousVisitorGetsTheSecondRequestFromMemoryWithTheSamePageAndSecurityHeaders() throws Exception {
        MockHttpServletResponse first = fetch(get(search() + "&strana=1"));
        MockHttpServletResponse second = fetch(get(search() + "&strana=1"));

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader(PageCache.HEADER)).isEqualTo("miss");
        assertThat(second.getHeader(PageCache.HEADER)).isEqualTo("hit");
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Language")).isEqualTo(first.getHeader("Content-Language"));
        assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(second.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        // no session and no token for an anonymous reader: nothing personal can be stored
        assertThat(first.getCookie("JSESSIONID")).isNull();
        assertThat(first.getContentAsString()).doesNotContain("_csrf");
    }

    @Test
    void theFragmentForHtmxAndThePageAreStoredApart() throws Exception {
        String url = search() + "&strana=2";
        String page = fetch(get(url)).getContentAsString();
        MockHttpServletResponse fragment = fetch(get(url).header("HX-Request", "true"));

        assertThat(fragment.getHeader(PageCache.HEADER)).isEqualTo("miss");
        assertThat(fragment.getContentAsString()).isNotEqualTo(page).doesNotContain("<html");
    }

    @Test
    void languagesAreStoredApartAndTheSwitchItselfIsNeverStored() throws Exception {
        String url = search() + "&strana=3";
        fetch(get(url));
        MockHttpServletResponse english = fetch(get(url).cookie(new Cookie("planovna-lang", "en")));
        MockHttpServletResponse switching = fetch(get(url + "&lang=en"));
        MockHttpServletResponse switchingAgain = fetch(get(url + "&lang=en"));

        assertThat(english.getHeader(PageCache.HEADER)).isEqualTo("miss");
        assertThat(english.getContentAsString()).contains("Catalogue of social services");
        assertThat(switching.getHeader(PageCache.HEADER)).isNull();
        assertThat(switchingAgain.getHeader(PageCache.HEADER)).isNull();
    }

    @Test
    void signedInUsersAndVisitorsWithASessionAlwaysGetAFreshPage() throws Exception {
        String url = search() + "&strana=4";
        fetch(get(url));
        fetch(get(url));

        MockHttpServletResponse signedIn = fetch(get(url).with(user("koordinator.pisek@planovna.cz")));
        MockHttpServletResponse withSession = fetch(get(url).cookie(new Cookie("JSESSIONID", "abc")));

        assertThat(signedIn.getHeader(PageCache.HEADER)).isNull();
        assertThat(withSession.getHeader(PageCache.HEADER)).isNull();
    }

    @Test
    void aChangedLifeSituationEmptiesTheStoredPages() throws Exception {
        String url = search() + "&strana=5";
        fetch(get(url));
        assertThat(fetch(get(url)).getHeader(PageCache.HEADER)).isEqualTo("hit");

        situations.create(
                3108,
                3034,
                new LifeSituationContent(
                        "Potřebuji pomoc " + mother.tag, "Odpověď.", 1, java.util.List.of(), java.util.List.of()));

        assertThat(fetch(get(url)).getHeader(PageCache.HEADER)).isEqualTo("miss");
    }

    @Test
    void anImportThatChangesTheCatalogueEmptiesTheStoredPages() throws Exception {
        String url = search() + "&strana=6";
        fetch(get(url));
        assertThat(fetch(get(url)).getHeader(PageCache.HEADER)).isEqualTo("hit");

        // another register ends this fixture's services; importing ours again brings them back
        assertThat(CatalogueMother.tagged().importInto(registerImport).applied())
                .isTrue();
        MockHttpServletResponse afterOther = fetch(get(url));
        assertThat(mother.importInto(registerImport).applied()).isTrue();
        MockHttpServletResponse afterOurs = fetch(get(url));

        assertThat(afterOther.getHeader(PageCache.HEADER)).isEqualTo("miss");
        assertThat(afterOther.getContentAsString()).doesNotContain(mother.name("Domov pro seniory Písek"));
        assertThat(afterOurs.getHeader(PageCache.HEADER)).isEqualTo("miss");
        assertThat(afterOurs.getContentAsString()).contains(mother.name("Domov pro seniory Písek"));
    }

    @Test
    void errorPagesAreNotStored() throws Exception {
        fetch(get("/katalog/sluzby/999999999"));
        MockHttpServletResponse again = fetch(get("/katalog/sluzby/999999999"));

        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(again.getHeader(PageCache.HEADER)).isEqualTo("miss");
    }
}
