package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDF report of a survey's results, on a small fixture whose figures are computed by hand in
 * the comments: counts, percentages in Czech format, matrix shares, the cross-tabulation chosen on
 * the results page, the first free-text answers and how many more there are; tagged and in Czech.
 */
@SurveyWebTest
class SurveyReportPdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    SurveyResponseRepository responses;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theReportPrintsTheHandComputedFiguresTheCrossTabulationAndTheFirstTexts() throws Exception {
        SurveyMother mother = new SurveyMother(users, territory, surveys, questions, tx);
        TestUser coordinator = mother.districtCoordinator(STRAKONICE);
        String title = SurveyMother.unique("Zpráva o potřebách");
        long id = mother.survey(
                STRAKONICE,
                title,
                true,
                SurveyState.CLOSED,
                SurveyMother.single("Kdo odpovídá?", false, "Obec", "Poskytovatel", "Občan"),
                SurveyMother.multiple("Co chybí?", "Odlehčovací služba", "Poradenství", "Doprava"),
                SurveyMother.yesNo("Pečujete o blízkého?", false),
                SurveyMother.matrix("Spokojenost", List.of("Dostupnost", "Kvalita"), "nízká", "střední", "vysoká"),
                SurveyMother.number("Věk", null, null),
                SurveyMother.text("Co dalšího?", true));
        List<Long> q = mother.questionIds(id);
        long who = q.get(0), missing = q.get(1), cares = q.get(2), matrix = q.get(3), age = q.get(4), text = q.get(5);
        // 20 submitted responses: 12 × Obec, 6 × Poskytovatel, 2 × Občan
        for (int i = 0; i < 20; i++) {
            int group = i < 12 ? 0 : i < 18 ? 1 : 2;
            List<AnswerValue> values = new ArrayList<>();
            values.add(AnswerValue.choice(who, 0, group));
            // Odlehčovací služba: every respondent of Obec (12); Poradenství: the even ones of all (10)
            if (group == 0) {
                values.add(AnswerValue.choice(missing, 0, 0));
            }
            if (i % 2 == 0) {
                values.add(AnswerValue.choice(missing, 0, 1));
            }
            // yes: the first 15 (12 Obec + 3 Poskytovatel), no: 5
            values.add(AnswerValue.choice(cares, 0, i < 15 ? 0 : 1));
            // Dostupnost: nízká 5, vysoká 15; Kvalita: střední for all 20
            values.add(AnswerValue.choice(matrix, 0, i < 5 ? 0 : 2));
            values.add(AnswerValue.choice(matrix, 1, 1));
            values.add(AnswerValue.number(age, BigDecimal.valueOf(30 + i)));
            // texts: 18 respondents write one; the report prints 15 and says "18 − 15 = 3 more"
            if (i < 18) {
                values.add(AnswerValue.text(text, "Odpověď číslo " + (i + 1) + " <b>tučně</b>"));
            }
            respond(id, true, values);
        }
        // saved but not submitted: never printed or counted
        respond(id, false, List.of(AnswerValue.choice(who, 0, 2), AnswerValue.text(text, "Neodeslaná odpověď")));

        // the results page offers the PDF with the chosen cross-tabulation
        var resultsPage = mvc.perform(get(SurveyPagesTest.BASE + "/" + id + "/vysledky")
                        .param("podle", String.valueOf(who))
                        .with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        // the statistics' own time for developer tools and bench/survey.sh
        assertThat(resultsPage.getHeader("Server-Timing")).matches("stats;dur=\\d+\\.\\d");
        String page = resultsPage.getContentAsString();
        String href = Jsoup.parse(page).select("a:contains(Stáhnout PDF)").attr("href");
        assertThat(href).isEqualTo(SurveyPagesTest.BASE + "/" + id + "/vysledky.pdf?podle=" + who);

        var result = mvc.perform(get(href).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(result.getContentType()).isEqualTo("application/pdf");
        assertThat(result.getHeader("Content-Disposition")).contains("dotaznik-" + id + "-vysledky.pdf");
        byte[] pdf = result.getContentAsByteArray();
        Path out = Path.of("target", "survey-report-test.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Výsledky dotazníku: " + title);
            // tagged: a structure tree that screen readers follow
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String extracted = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            String flat = extracted.replaceAll("\\s+", " ");
            assertThat(flat).contains("Výsledky dotazníku: " + title);
            assertThat(flat).contains("Odeslaných odpovědí: 20");
            assertThat(flat).contains("Stav dotazníku: Uzavřený");
            assertThat(flat).contains("Křížové třídění podle otázky Q1 Kdo odpovídá?");
            // Q1: 12/20 = 60 %, 6/20 = 30 %, 2/20 = 10 % (chart and table)
            assertThat(flat).contains("Obec 12 60 %", "Poskytovatel 6 30 %", "Občan 2 10 %");
            assertThat(flat).contains("60 % (12)", "30 % (6)", "10 % (2)");
            // Q2 (multiple): answered by the 12 of Obec and the even ones of the rest (12, 14, 16, 18) = 16;
            // Odlehčovací služba 12/16 → 75 %, Poradenství 10/16 → 62,5 %, Doprava 0
            assertThat(flat).contains("Odpovědělo 16 z 20 respondentů.");
            assertThat(flat).contains("Odlehčovací služba 12 75 %", "Poradenství 10 62,5 %", "Doprava 0 0 %");
            assertThat(flat).contains("75 % (12)", "62,5 % (10)");
            // Q2 by Q1, column percentages of the picks: Obec has 12 + 6 = 18 picks → 66,7 % and 33,3 %;
            // Poskytovatel 0 + 3 → 0 % and 100 %; Občan 0 + 1
            assertThat(flat).contains("Odlehčovací služba 12 (66,7 %) 0 (0 %) 0 (0 %)");
            assertThat(flat).contains("Poradenství 6 (33,3 %) 3 (100 %) 1 (100 %)");
            // Q3 yes/no: 15 → 75 %, 5 → 25 %; crossed by Q1: Poskytovatel 3 yes of 6 = 50 %
            assertThat(flat).contains("Ano 15 75 %", "Ne 5 25 %");
            assertThat(flat).contains("Ano 12 (100 %) 3 (50 %) 0 (0 %)");
            // Q4 matrix: Dostupnost nízká 5 (25 %), vysoká 15 (75 %); Kvalita střední 20 (100 %)
            assertThat(flat).contains("Dostupnost 5 (25 %) 0 (0 %) 15 (75 %) 20");
            assertThat(flat).contains("Kvalita 0 (0 %) 20 (100 %) 0 (0 %) 20");
            // Q5: ages 30..49 → min 30, max 49, mean 39,5
            assertThat(flat).contains("30 49 39,5");
            // Q6: 18 texts, the first 15 printed as text (the HTML is not interpreted), 3 more counted
            assertThat(flat).contains("Textové odpovědi (18)");
            assertThat(flat).contains("Odpověď číslo 1 <b>tučně</b>", "Odpověď číslo 15 <b>tučně</b>");
            assertThat(flat).doesNotContain("Odpověď číslo 16 ", "Neodeslaná");
            assertThat(flat).contains("a dalších 3 odpovědí");
        }
    }

    private void respond(long surveyId, boolean submit, List<AnswerValue> values) {
        tx.executeWithoutResult(s -> {
            SurveyResponse response = responses.save(new SurveyResponse(surveyId, null, null, Instant.now()));
            answering.replaceAnswers(surveyId, response.id(), values);
            if (submit) {
                response.submit(Instant.now());
            }
        });
    }
}
