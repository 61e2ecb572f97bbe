package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_DOMAZLICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The map on a service's detail page: obce of its ORP, the served ones marked, facilities, no map elsewhere. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueMapWebTest {

    static final int OBEC_CIZOVA = 549347;
    static final int OBEC_KLADNO = 532053;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    String tag;

    @BeforeAll
    void importServices() throws Exception {
        tag = "map" + RegisterFolderMother.uniqueTag();
        List<RegisterFolderMother.ServiceJson> services = List.of(
                // Písek: two facilities with coordinates, Čížová served as well
                service(tag + "-pisek")
                        .set("nazev", "Poradna " + tag)
                        .clearFacilities()
                        .facility("Poradna na náměstí", OBEC_PISEK)
                        .coordinates(49.3088, 14.1475)
                        .facility("Pobočka Mirotice", OBEC_MIROTICE)
                        .coordinates(49.4287, 14.0363)
                        .facility("Pobočka bez souřadnic", OBEC_CIZOVA)
                        .servedDistricts("Obec/" + OBEC_CIZOVA),
                // Domažlice: the largest seed ORP (58 obce), served as a whole by a field service
                service(tag + "-domazlice")
                        .set("nazev", "Terénní služba " + tag)
                        .clearFacilities()
                        .facility("Terénní služba", OBEC_DOMAZLICE)
                        .clearForms()
                        .form("ter", "klient", 20),
                // Kladno (Středočeský kraj): no boundaries bundled
                service(tag + "-kladno")
                        .set("nazev", "Domov " + tag)
                        .clearFacilities()
                        .facility("Domov Kladno", OBEC_KLADNO)
                        .coordinates(50.1473, 14.1029));
        var report = registerImport.importFolder(
                RegisterFolderMother.folder(Files.createTempDirectory("catalogue-map"), services));
        assertThat(report.applied()).isTrue();
    }

    Document detail(String local) throws Exception {
        long id = queries.serviceByRegisterId(tag + "-" + local).orElseThrow().id();
        String html = mvc.perform(get("/katalog/sluzby/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    static Set<String> codes(List<Element> paths) {
        return paths.stream().map(p -> p.attr("data-obec")).collect(Collectors.toSet());
    }

    @Test
    void theMapShowsEveryObecOfTheOrpAndMarksTheServedOnes() throws Exception {
        Document doc = detail("pisek");
        Element svg = doc.selectFirst("section.service-map svg.orp-map");
        assertThat(svg).isNotNull();
        assertThat(doc.select("#map-heading").text()).isEqualTo("Mapa území – ORP Písek");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(svg.attr("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(doc.select("#map-title").text()).isEqualTo("Mapa obcí ORP Písek");
        assertThat(doc.select("#map-desc").text()).contains("49 obcí", "(3)", "(2)");

        var paths = svg.select("path.obec");
        assertThat(paths).hasSize(49);
        assertThat(codes(paths)).contains(String.valueOf(OBEC_PISEK), "549258" /* Albrechtice nad Vltavou */);
        assertThat(paths).allSatisfy(p -> assertThat(p.attr("d")).matches("(M\\d+ \\d+l[-\\d ]+z)+"));
        // the served obce: hatched class, a title saying so, drawn last
        var served = svg.select("path.obec.served");
        assertThat(codes(served))
                .containsExactlyInAnyOrder(
                        String.valueOf(OBEC_PISEK), String.valueOf(OBEC_MIROTICE), String.valueOf(OBEC_CIZOVA));
        assertThat(served.select("title").eachText()).allMatch(t -> t.endsWith(" – služba zde působí"));
        assertThat(paths.get(paths.size() - 1).hasClass("served")).isTrue();
        assertThat(doc.select(".map-legend").text()).contains("obec, kde služba působí (šrafování a silný obrys)");
    }

    @Test
    void facilitiesWithCoordinatesAreNumberedMarkersInsideTheirObec() throws Exception {
        Document doc = detail("pisek");
        var markers = doc.select("svg.orp-map g.marker");
        assertThat(markers).hasSize(2);
        assertThat(markers.eachAttr("data-marker")).containsExactly("1", "2");
        assertThat(markers.get(0).select("title").text()).isEqualTo("1. Poradna na náměstí, Písek");
        assertThat(doc.select(".map-marker-list li").eachText())
                .containsExactly("Poradna na náměstí, Písek", "Pobočka Mirotice, Mirotice");
        // Mirotice lie some 13 km north-west of the town of Písek: up and to the left on the map
        double x1 = Double.parseDouble(markers.get(0).selectFirst("circle").attr("cx"));
        double y1 = Double.parseDouble(markers.get(0).selectFirst("circle").attr("cy"));
        double x2 = Double.parseDouble(markers.get(1).selectFirst("circle").attr("cx"));
        double y2 = Double.parseDouble(markers.get(1).selectFirst("circle").attr("cy"));
        assertThat(x2).isLessThan(x1);
        assertThat(y2).isLessThan(y1);
    }

    @Test
    void theServedObceAreAlsoALinkedTextList() throws Exception {
        Document doc = detail("pisek");
        assertThat(doc.select("#map-served-list-label").text())
                .startsWith("Služba působí v těchto obcích ORP Písek (3;");
        var links = doc.select(".map-served-list a");
        assertThat(links.eachText()).containsExactly("Čížová", "Mirotice", "Písek");
        assertThat(links.get(0).attr("href")).isEqualTo("/katalog?obec=" + OBEC_CIZOVA);
    }

    @Test
    void aWholeOrpIsServedAndTheMapOfTheLargestSeedOrpStaysSmall() throws Exception {
        Document doc = detail("domazlice");
        var paths = doc.select("svg.orp-map path.obec");
        assertThat(paths).hasSize(58);
        assertThat(doc.select("svg.orp-map path.obec.served")).hasSize(58);
        assertThat(doc.select("svg.orp-map g.marker")).isEmpty();
        assertThat(doc.select(".map-figure .hint").text()).contains("nemají v registru zeměpisné souřadnice");
        int svgSize = doc.selectFirst("svg.orp-map").outerHtml().length();
        assertThat(svgSize).as("characters of the SVG of ORP Domažlice").isLessThan(50_000);
    }

    @Test
    void anOrpWithoutBoundariesSaysTheMapIsNotAvailable() throws Exception {
        Document doc = detail("kladno");
        assertThat(doc.select("svg.orp-map")).isEmpty();
        assertThat(doc.select("section.service-map .empty-state").text())
                .startsWith("Mapu ORP Kladno zatím nelze zobrazit");
        assertThat(doc.select(".map-served-list a").eachText()).containsExactly("Kladno");
    }

    @Test
    void englishPageHasTheMapInEnglish() throws Exception {
        long id = queries.serviceByRegisterId(tag + "-pisek").orElseThrow().id();
        String html = mvc.perform(get("/katalog/sluzby/" + id).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("#map-title").text()).isEqualTo("Map of the municipalities of ORP Písek");
    }
}
