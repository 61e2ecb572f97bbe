package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public catalogue pages through MockMvc with the security filters, as an anonymous visitor. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    CatalogueMother mother;

    @BeforeAll
    void importFixture() {
        mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
    }

    Document page(String url, int status) throws Exception {
        return page(get(url), status);
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    long idOf(String local) {
        return queries.serviceByRegisterId(mother.id(local)).orElseThrow().id();
    }

    @Test
    void searchShowsTheHitsWithTypeProviderPlaceFormAndALinkToTheDetail() throws Exception {
        Document doc = page(get("/katalog").param("q", "senioru " + mother.tag).param("orp", "3108"), 200);
        assertThat(doc.select("h1").text()).isEqualTo("Katalog sociálních služeb");
        // all five in Písek are for seniors; the one named so comes first
        assertThat(doc.select(".result-count").text()).isEqualTo("Nalezeno 5 služeb, zobrazeny 1–5.");
        var card = doc.selectFirst(".service-card");
        assertThat(card.select("h3 a").text()).isEqualTo(mother.name("Domov pro seniory Písek"));
        assertThat(card.select("h3 a").attr("href")).isEqualTo("/katalog/sluzby/" + idOf("domov-pisek"));
        assertThat(card.select(".service-type").text()).isEqualTo("Domovy pro seniory (§ 49)");
        assertThat(card.select(".service-facts").text())
                .contains("Poskytovatel " + mother.id("domov-pisek"), "Písek, ORP Písek", "pobytová");
        // the filters show the choice made, with counts, and a link that removes it
        assertThat(doc.select("#orp option[selected]").text()).isEqualTo("Písek (5)");
        assertThat(doc.select(".active-filters a").attr("href")).isEqualTo("/katalog?q=senioru%20" + mother.tag);
        for (String id : new String[] {"q", "druh", "skupina", "orp", "obec"}) {
            assertThat(doc.select("label[for=" + id + "]"))
                    .as("label of #" + id)
                    .hasSize(1);
        }
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/katalog?q=" + mother.tag).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<html").contains("id=\"catalogue-results\"");
        assertThat(Jsoup.parse(html).select(".service-card")).hasSize(8);
    }

    @Test
    void anEmptyResultSaysSoAndOffersAWayBack() throws Exception {
        Document doc = page("/katalog?q=zzzneexistuje" + mother.tag, 200);
        assertThat(doc.select(".empty-state").text())
                .contains("Hledání „zzzneexistuje" + mother.tag + "“ neodpovídá žádná služba.");
        assertThat(doc.select(".empty-state a").attr("href")).isEqualTo("/katalog");
        assertThat(doc.select(".service-card")).isEmpty();
    }

    @Test
    void markupInTheQueryIsShownAsText() throws Exception {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String html = mvc.perform(get("/katalog").param("q", attack))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("#q").val()).isEqualTo(attack);
        assertThat(doc.select("main script")).isEmpty();
        assertThat(doc.select("main img")).isEmpty();
    }

    @Test
    void parametersOfAnyValueNeverFail() throws Exception {
        for (String query : new String[] {
            "strana=abc",
            "strana=-1",
            "strana=0",
            "strana=99999",
            "strana=999999999999999",
            "strana=999999999",
            "orp=abc",
            "orp=99999",
            "obec=%3Cb%3E",
            "obec=1",
            "druh=%3Cscript%3E",
            "skupina=%27%22",
            "razeni=%00",
            "q=%22%22%22",
            "q=*",
            "q=" + "x".repeat(3000)
        }) {
            mvc.perform(get("/katalog?" + query)).andExpect(status().isOk());
        }
        // a page past the end shows the last page
        Document doc = page("/katalog?q=" + mother.tag + "&strana=50", 200);
        assertThat(doc.select(".service-card")).hasSize(8);
    }

    @Test
    void theDetailShowsEverythingNeededToMakeContact() throws Exception {
        Document doc = page("/katalog/sluzby/" + idOf("domov-pisek"), 200);
        assertThat(doc.select("h1").text()).isEqualTo(mother.name("Domov pro seniory Písek"));
        String text = doc.select("main").text();
        assertThat(text)
                .contains(mother.id("domov-pisek"))
                .contains("Domovy pro seniory (§ 49)")
                .contains("Poskytovatel " + mother.id("domov-pisek"))
                .contains(RegisterFolderMother.ServiceJson.icoFor(mother.id("domov-pisek")))
                .contains("40 lůžek")
                .contains("nepřetržitě")
                .contains("senioři")
                .contains("Testovací 101")
                .contains("39701 Písek")
                .contains("Bezbariérový přístup: neuvedeno")
                .contains("Poskytována od 1. 1. 2010");
        assertThat(doc.select("#served-heading ~ h3").text()).isEqualTo("Správní obvod ORP Písek (1 obec)");
        assertThat(doc.select(".served-obce").text()).isEqualTo("Písek");
        assertThat(doc.select("a[href^=mailto:]").text()).contains("@");
        assertThat(doc.select(".alert")).isEmpty();
    }

    @Test
    void aFieldServiceListsTheObceOfItsWholeOrpCzechSorted() throws Exception {
        Document doc = page("/katalog/sluzby/" + idOf("pecovatelska"), 200);
        assertThat(doc.select("#served-heading ~ h3").text()).startsWith("Celý správní obvod ORP Písek (");
        String obce = doc.select(".served-obce").text();
        assertThat(obce).contains("Čížová", "Mirotice", "Písek");
        // Czech order: Čížová after Cerhonice, Chyšky-like "ch" words after h…
        assertThat(obce.indexOf("Cerhonice")).isLessThan(obce.indexOf("Čížová"));
        assertThat(obce.indexOf("Čížová")).isLessThan(obce.indexOf("Dobev"));
        assertThat(doc.select("td").text()).contains("12 klientů současně");
    }

    @Test
    void anEndedServiceIsShownAsEnded() throws Exception {
        Document doc = page("/katalog/sluzby/" + idOf("konec"), 200);
        assertThat(doc.select(".alert-error").text())
                .contains("Služba už není poskytována.")
                .contains("31. 12. 2020");
        assertThat(doc.select("main").text()).contains("ukončena");
    }

    @Test
    void unknownServicesAreNotFound() throws Exception {
        page("/katalog/sluzby/999999999", 404);
        page("/katalog/sluzby/abc", 404);
        page("/katalog/sluzby/99999999999999999999999", 404);
    }

    @Test
    void theCatalogueSpeaksEnglishToo() throws Exception {
        Document doc = page("/katalog?lang=en&q=" + mother.tag, 200);
        assertThat(doc.select("h1").text()).isEqualTo("Catalogue of social services");
        assertThat(doc.select(".result-count").text()).isEqualTo("8 services found, showing 1–8.");
    }
}
