package cz.planovna.monitoring;

import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cz.planovna.identity.UserAdministration;
import cz.planovna.process.GrantFixtures;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import cz.planovna.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The grant report of a round (klíčové aktivity): every URL against every kind of visitor (own
 * ORP Český Krumlov, foreign ORP Jindřichův Hradec of the same kraj, foreign kraj Plzeňský), the counts from
 * data of the year 2003 (nobody else's tests use it), a bad period, and the XLSX and DOCX opened.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantReportWebTest {

    static final int KRUMLOV = 3103;
    /** Another ORP of the kraj; not Písek, whose demo round SeedsDemoDataTest expects to create. */
    static final int FOREIGN_ORP = 3105;

    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    ApplicationContext context;

    AuthorizationMatrix authorization;
    long roundId;
    long foreignRoundId;
    long plainRoundId;
    String steeringTitle;

    @BeforeAll
    void createVisitorsAndData() {
        authorization = new AuthorizationMatrix(mvc)
                .visitors(new TestUsers(users, territory), KRUMLOV, FOREIGN_ORP, JIHOCESKY, PLZENSKY);

        GrantFixtures data = new GrantFixtures(context);
        LocalDate start = LocalDate.of(2003, 1, 1);
        LocalDate end = LocalDate.of(2003, 12, 31);
        roundId = data.fundedRound(KRUMLOV, GrantFixtures.unique("Projekt KA"), start, end);
        foreignRoundId = data.fundedRound(FOREIGN_ORP, GrantFixtures.unique("Cizí projekt"), start, end);
        plainRoundId = data.round(KRUMLOV, GrantFixtures.unique("Bez projektu"), start, end);
        long steering = data.group(KRUMLOV, true, GrantFixtures.unique("ŘS"), 2, 1);
        long working = data.group(KRUMLOV, false, GrantFixtures.unique("PS"), 1, 2);
        steeringTitle = GrantFixtures.unique("Jednání ŘS");
        data.meeting(steering, steeringTitle, LocalDate.of(2003, 2, 10), false, 2);
        data.meeting(steering, GrantFixtures.unique("Zrušené"), LocalDate.of(2003, 3, 10), true, 0);
        data.meeting(steering, GrantFixtures.unique("Loni"), LocalDate.of(2002, 12, 31), false, 0);
        data.meeting(working, GrantFixtures.unique("Jednání PS"), LocalDate.of(2003, 5, 5), false, 0);
        data.event(KRUMLOV, GrantFixtures.unique("Seminář"), LocalDate.of(2003, 6, 1), 3, Set.of(FOREIGN_ORP));
        data.news(KRUMLOV, GrantFixtures.unique("Aktualita"), LocalDate.of(2003, 4, 1));
    }

    static String page(int orp, long round) {
        return "/orp/" + orp + "/planovani/etapy/" + round + "/klicove-aktivity";
    }

    Stream<Case> cases() {
        String own = page(KRUMLOV, roundId);
        return Stream.of(
                new Case("GET …/klicove-aktivity", VIEW, () -> get(own)),
                new Case("GET …/klicove-aktivity (period)", VIEW, () -> get(own + "?od=2003-02-01&do=2003-06-30")),
                new Case(
                        "GET …/klicove-aktivity (round without project)", VIEW, () -> get(page(KRUMLOV, plainRoundId))),
                new Case("GET …/klicove-aktivity.xlsx", VIEW, () -> get(own + ".xlsx")),
                new Case("GET …/klicove-aktivity.docx", VIEW, () -> get(own + ".docx")),
                // a round of Jindřichův Hradec under the URL of Krumlov is not found for those who see Krumlov
                new Case(
                        "GET …/klicove-aktivity (round of another ORP)",
                        "LNNDNDNDD",
                        () -> get(page(KRUMLOV, foreignRoundId))),
                new Case(
                        "GET …/klicove-aktivity (unknown round)",
                        "LNNDNDNDD",
                        () -> get(page(KRUMLOV, Long.MAX_VALUE))));
    }

    Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }

    private MockHttpServletResponse asMember(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(url).with(authorization.visitor(Persona.MEMBER_OWN).signedIn()))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }

    private static String count(Document page, String key) {
        return page.select("td[data-count=monitoring.grant.count." + key + "]").text();
    }

    @Test
    void theWholeProjectCountsWhatWasHeldAndNotWhatWasCancelledOrBefore() throws Exception {
        MockHttpServletResponse response = asMember(page(KRUMLOV, roundId));
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(count(page, "steeringMeetings")).isEqualTo("1");
        assertThat(count(page, "steeringParticipants")).isEqualTo("5"); // 3 members + 2 guests
        assertThat(count(page, "workingMeetings")).isEqualTo("1");
        assertThat(count(page, "workingParticipants")).isEqualTo("3");
        assertThat(count(page, "events")).isEqualTo("1");
        assertThat(count(page, "registrations")).isEqualTo("3");
        assertThat(count(page, "news")).isEqualTo("1");
        assertThat(count(page, "commissionerMeetings")).isEqualTo("2");
        assertThat(count(page, "commissionerAttendances")).isEqualTo("3");
        assertThat(count(page, "partnerEvents")).isEqualTo("1");
        assertThat(page.select("#ka-KA1 dd").eachText())
                .containsExactly("Koordinace procesu", "Zápisy z jednání řídící skupiny");
        assertThat(page.select("#ka-KA1 tbody a").first().attr("href"))
                .isEqualTo("/orp/" + KRUMLOV + "/planovani/jednani");
        assertThat(plain(page.select("#ka-KA1 details tbody tr").text()))
                .contains("10. 2. 2003")
                .contains(steeringTitle);
        assertThat(page.select("input#od").val()).isEqualTo("2003-01-01");
    }

    @Test
    void aShorterPeriodCountsLess() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page(KRUMLOV, roundId))
                        .param("od", "1. 3. 2003")
                        .param("do", "2003-12-31")
                        .with(authorization.visitor(Persona.MEMBER_OWN).signedIn()))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(count(page, "steeringMeetings")).isEqualTo("0");
        assertThat(count(page, "workingMeetings")).isEqualTo("1");
        assertThat(page.select("#ka-KA1 .empty-state").text()).isEqualTo("V tomto období nic nezapočteno.");
        assertThat(plain(page.select("#report-heading").text())).isEqualTo("Období 1. 3. 2003 – 31. 12. 2003");
    }

    @Test
    void aBadPeriodIsAnsweredWithFieldErrorsAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse response = asMember(page(KRUMLOV, roundId) + "?od=2003-07-01&do=2003-02-30x");
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#do-error").text())
                .isEqualTo("„2003-02-30x“ není datum. Zadejte například 1. 3. 2018.");
        assertThat(page.select("input#do").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#od").val()).isEqualTo("2003-07-01");
        assertThat(page.select("section.grant-activity")).isEmpty();

        Document reversed = Jsoup.parse(asMember(page(KRUMLOV, roundId) + "?od=2003-07-01&do=2003-02-01")
                .getContentAsString());
        assertThat(reversed.select("#do-error").text()).isEqualTo("Konec období nesmí být dříve než jeho začátek.");

        Document outside =
                Jsoup.parse(asMember(page(KRUMLOV, roundId) + "?od=2002-12-01").getContentAsString());
        assertThat(plain(outside.select("#od-error").text()))
                .isEqualTo("Datum musí ležet v době realizace projektu (1. 1. 2003 – 31. 12. 2003).");
        assertThat(outside.select(".error-summary a").attr("href")).isEqualTo("#od");

        // an export of a bad period goes back to the page, which says what is wrong
        MockHttpServletResponse export = asMember(page(KRUMLOV, roundId) + ".xlsx?od=2002-12-01");
        assertThat(export.getStatus()).isEqualTo(302);
        assertThat(export.getRedirectedUrl()).isEqualTo(page(KRUMLOV, roundId) + "?od=2002-12-01");
    }

    @Test
    void theSpreadsheetHasASummaryAndASheetPerKeyActivityWithTheItems() throws Exception {
        MockHttpServletResponse response = asMember(page(KRUMLOV, roundId) + ".xlsx?od=2003-01-01&do=2003-12-31");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("klicove-aktivity-" + KRUMLOV + "-2003-01-01-2003-12-31.xlsx");
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "grant-report-test.xlsx"), response.getContentAsByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(book::getSheetName))
                    .containsExactly("Přehled", "KA1", "KA2", "KA3", "KA4", "KA5");
            Sheet ka1 = book.getSheet("KA1");
            int header = 0;
            while (!"Datum"
                    .equals(
                            ka1.getRow(header) == null
                                    ? null
                                    : ka1.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            var row = ka1.getRow(header + 1);
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2003, 2, 10));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Jednání");
            assertThat(row.getCell(2).getStringCellValue()).endsWith(steeringTitle);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(ka1.getRow(header + 2)).isNull();
            Sheet summary = book.getSheet("Přehled");
            boolean found = false;
            for (var r : summary) {
                if (r.getCell(1) != null
                        && "Registrace na akce".equals(r.getCell(1).getStringCellValue())) {
                    assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(3);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theDocumentIsTheImplementationReportWithHeadingsAndTables() throws Exception {
        MockHttpServletResponse response = asMember(page(KRUMLOV, roundId) + ".docx");
        assertThat(response.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        // kept for a look (LibreOffice, pdftoppm); the assertions below read it back
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "grant-report-test.docx"), response.getContentAsByteArray());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings)
                    .containsExactly(
                            "KA1 Koordinace procesu plánování",
                            "KA2 Analýzy a průzkumy",
                            "KA3 Tvorba plánu",
                            "KA4 Informování a zapojování veřejnosti",
                            "KA5 Spolupráce obcí a kraje");
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText).map(GrantReportWebTest::plain))
                    .contains(
                            "Registrační číslo projektu: CZ.03.2.63/0.0/0.0/16_063/0001234",
                            "Období 1. 1. 2003 – 31. 12. 2003");
            XWPFTable ka1Counts = docx.getTables().get(0);
            assertThat(ka1Counts.getRow(1).getCell(0).getText()).isEqualTo("Jednání řídící skupiny");
            assertThat(ka1Counts.getRow(1).getCell(1).getText()).isEqualTo("1");
            XWPFTable ka1Items = docx.getTables().get(1);
            assertThat(plain(ka1Items.getRow(1).getCell(0).getText())).isEqualTo("10. 2. 2003");
            assertThat(ka1Items.getRow(1).getCell(3).getText()).isEqualTo("5");
        }
    }

    @Test
    void aRoundWithoutProjectUsesItsPeriodAndSaysSo() throws Exception {
        Document page = Jsoup.parse(asMember(page(KRUMLOV, plainRoundId)).getContentAsString());
        assertThat(page.select("main .alert-info").text()).startsWith("Etapa nemá vyplněný projekt");
        assertThat(page.select("#ka-KA1 dd").eachText()).containsExactly("neuvedeno", "neuvedeno");
        assertThat(count(page, "steeringMeetings")).isEqualTo("1");
    }
}
