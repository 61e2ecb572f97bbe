package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bad-input matrix over HTTP, checked against what is stored: answers outside the
 * choices, several choices where one is allowed, forged fields, missing required answers, replayed
 * resume links and answers after closing are refused with a clear message — and leave no row in
 * survey_response or survey_answer behind, so the results cannot be corrupted.
 */
@SurveyWebTest
class SurveyBadInputTest {

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
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersOfAnyShapeAreRefusedWithClearMessagesAndNeverStored() throws Exception {
        SurveyMother mother = new SurveyMother(users, territory, surveys, questions, tx);
        TestUser coordinator = mother.districtCoordinator(STRAKONICE);
        long id = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Špatné vstupy"),
                true,
                SurveyState.OPEN,
                SurveyMother.single("Kdo jste?", true, "Obec", "Poskytovatel", "Občan"),
                SurveyMother.multiple("Co chybí?", "Doprava", "Poradenství"),
                SurveyMother.matrix("Spokojenost", List.of("Dostupnost", "Kvalita"), "nízká", "vysoká"),
                SurveyMother.number("Kolik hodin?", 0, 10),
                SurveyMother.text("Poznámka", false));
        List<Long> q = mother.questionIds(id);
        long who = q.get(0), missing = q.get(1), matrix = q.get(2), hours = q.get(3), note = q.get(4);
        String link = "/dotazniky/" + mother.publicToken(id);

        // nothing answered: the two required questions are named
        assertThat(refused(post(link))).containsExactly("Q1: Tato otázka je povinná.", "Q3: Tato otázka je povinná.");
        // a choice that does not exist, a negative, a non-number, a fraction
        for (String forged : List.of("3", "-1", "abc", "0.5", "1 OR 1=1")) {
            assertThat(refused(valid(post(link), -1, matrix, hours).param("q" + who, forged)))
                    .as(forged)
                    .containsExactly("Q1: Zvolená odpověď není mezi nabízenými možnostmi.");
        }
        // two choices where one is allowed (a second value of the same field)
        assertThat(refused(valid(post(link), who, matrix, hours).param("q" + who, "1")))
                .containsExactly("Q1: Zvolte jen jednu možnost.");
        // multiple choice with an option that does not exist; a matrix cell outside the scale
        assertThat(refused(valid(post(link), who, matrix, hours).param("q" + missing, "0", "2")))
                .containsExactly("Q2: Zvolená odpověď není mezi nabízenými možnostmi.");
        assertThat(refused(valid(post(link), who, -1, hours)
                        .param("q" + matrix + "_r0", "0")
                        .param("q" + matrix + "_r1", "7")))
                .containsExactly("Q3: Zvolená odpověď není mezi nabízenými možnostmi.");
        // numbers out of range or not numbers
        for (String bad : List.of("11", "-1", "1e9", "deset")) {
            assertThat(refused(valid(post(link), who, matrix, -1).param("q" + hours, bad)))
                    .as(bad)
                    .hasSize(1)
                    .allMatch(m -> m.startsWith("Q4: Zadejte číslo"));
        }
        // a text longer than the limit
        assertThat(refused(valid(post(link), who, matrix, hours).param("q" + note, "x".repeat(5001))))
                .hasSize(1)
                .allMatch(m -> m.startsWith("Q5: Odpověď může mít nejvýše"));
        assertThat(stored(id)).isEqualTo(new long[] {0, 0});

        // one valid response with injected HTML and forged fields of other surveys' questions: the
        // forged fields are ignored, the HTML is stored as typed (and always shown escaped)
        mvc.perform(valid(post(link), who, matrix, hours)
                        .with(csrf())
                        .param("q" + missing, "0", "1")
                        .param("q" + note, "<img src=x onerror=alert(1)>")
                        .param("q999999999", "1")
                        .param("q" + matrix + "_r9", "1"))
                .andExpect(status().isOk());
        // Q1 1 + Q2 2 + Q3 2 rows + Q4 1 + Q5 1
        assertThat(stored(id)).isEqualTo(new long[] {1, 7});
        assertThat(jdbc.sql(
                                "select count(*) from survey_answer where survey_id = ? and question_id not in (?, ?, ?, ?, ?)")
                        .params(id, who, missing, matrix, hours, note)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select text_value from survey_answer where survey_id = ? and question_id = ?")
                        .params(id, note)
                        .query(String.class)
                        .single())
                .isEqualTo("<img src=x onerror=alert(1)>");

        // a resume link used after its response was submitted: 409, nothing changes
        Document saved =
                page(mvc.perform(post(link).with(csrf()).param("akce", "ulozit").param("q" + who, "2"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        String resume = saved.select("a.survey-resume-link").attr("href");
        mvc.perform(valid(post(resume), who, matrix, hours).with(csrf())).andExpect(status().isOk());
        // the saved answer is replaced by the submitted ones: Q1 + Q3 2 rows + Q4
        assertThat(stored(id)).isEqualTo(new long[] {2, 11});
        Document replay = page(mvc.perform(post(resume).with(csrf()).param("q" + who, "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(replay.select(".alert").text()).contains("už byly odeslány");
        assertThat(stored(id)).isEqualTo(new long[] {2, 11});

        // closed: a valid response is refused with 410 and not stored
        mvc.perform(post("/orp/" + STRAKONICE + "/planovani/dotazniky/" + id + "/stav")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("state", "CLOSED")
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().is3xxRedirection());
        Document closed = page(mvc.perform(valid(post(link), who, matrix, hours).with(csrf()))
                .andExpect(status().isGone())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(closed.select(".alert").text()).contains("už uzavřený");
        assertThat(stored(id)).isEqualTo(new long[] {2, 11});
    }

    /** The answers that make a submission complete (Q1, Q3, Q4); -1 leaves a question out. */
    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, long who, long matrix, long hours) {
        if (who >= 0) {
            request.param("q" + who, "0");
        }
        if (matrix >= 0) {
            request.param("q" + matrix + "_r0", "0").param("q" + matrix + "_r1", "1");
        }
        if (hours >= 0) {
            request.param("q" + hours, "4");
        }
        return request;
    }

    /** Submits and expects 422 with an error summary; returns its items. */
    private List<String> refused(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return page(html).select(".error-summary li").eachText();
    }

    /** Submitted or saved responses and answer rows of the survey. */
    private long[] stored(long surveyId) {
        long responses = jdbc.sql("select count(*) from survey_response where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
        long answers = jdbc.sql("select count(*) from survey_answer where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
        return new long[] {responses, answers};
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
