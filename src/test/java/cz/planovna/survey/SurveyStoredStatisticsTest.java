package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.survey.SurveyResults.Bar;
import cz.planovna.survey.SurveyResults.QuestionResult;
import cz.planovna.survey.SurveyResults.Report;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored statistics of closed surveys (ADR 0012) and the first_row marker: a closed survey's counts
 * are stored at the first view and equal the live computation (on a fixture counted by hand);
 * reopening the survey forgets them, writing an answer marks them stale (counted again at the next view); "Přepočítat výsledky" replaces them.
 */
@SurveyWebTest
class SurveyStoredStatisticsTest {

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
    SurveyBuilder builder;

    @Autowired
    SurveyResults results;

    @Autowired
    SurveyStoredStatistics stored;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    SurveyMother mother;
    TestUser coordinator;
    long id;
    long q1;
    long q2;
    long q3;
    long q4;
    String base;

    @BeforeEach
    void fixture() {
        mother = new SurveyMother(users, territory, surveys, questions, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        id = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Uložená statistika"),
                true,
                SurveyState.OPEN,
                SurveyMother.single("Q1", false, "a", "b"),
                SurveyMother.multiple("Q2", "x", "y", "z"),
                SurveyMother.number("Q3", null, null),
                SurveyMother.matrix("Q4", List.of("r1", "r2"), "s0", "s1"));
        List<Long> q = mother.questionIds(id);
        q1 = q.get(0);
        q2 = q.get(1);
        q3 = q.get(2);
        q4 = q.get(3);
        base = "/orp/" + STRAKONICE + "/planovani/dotazniky/" + id;
        respond(
                true,
                AnswerValue.choice(q1, 0, 0),
                AnswerValue.choice(q2, 0, 0),
                AnswerValue.choice(q2, 0, 1),
                AnswerValue.choice(q2, 0, 2),
                AnswerValue.number(q3, BigDecimal.ONE),
                AnswerValue.choice(q4, 0, 0),
                AnswerValue.choice(q4, 1, 1));
        respond(
                true,
                AnswerValue.choice(q1, 0, 1),
                AnswerValue.choice(q2, 0, 1),
                AnswerValue.number(q3, BigDecimal.valueOf(2)),
                AnswerValue.choice(q4, 0, 1));
        respond(true, AnswerValue.choice(q1, 0, 0), AnswerValue.choice(q2, 0, 1));
        // saved, not submitted: never counts
        respond(false, AnswerValue.choice(q1, 0, 1), AnswerValue.choice(q2, 0, 0));
    }

    @Test
    void everyResponseMarksExactlyOneFirstRowPerAnsweredQuestion() {
        // first response: Q2 has three rows, Q4 two, Q1 and Q3 one → four first rows among seven
        List<Long> perResponse = jdbc.sql("""
                        select sum(case when first_row then 1 else 0 end) from survey_answer
                        where survey_id = ? group by response_id order by response_id""").param(id).query(Long.class).list();
        assertThat(perResponse).containsExactly(4L, 4L, 2L, 2L);
        long q2Rows = jdbc.sql("select count(*) from survey_answer where question_id = ? and first_row = true")
                .param(q2)
                .query(Long.class)
                .single();
        assertThat(q2Rows).isEqualTo(4);
    }

    @Test
    void aClosedSurveysCountsAreStoredAtTheFirstViewAndEqualTheLiveComputation() throws Exception {
        Report live = compute(q1);
        assertHandCounted(live);

        close();
        assertThat(stored.stored(id)).isFalse();
        mvc.perform(get(base + "/vysledky").param("podle", String.valueOf(q1)).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Přepočítat výsledky")));
        assertThat(stored.stored(id)).isTrue();
        assertThat(rows(id)).isPositive();

        Report fromStore = compute(q1);
        assertHandCounted(fromStore);
        assertThat(figures(fromStore)).isEqualTo(figures(live));

        // the stored figures are what is shown (no recount): change one and it shows …
        jdbc.sql("update survey_statistics set submitted = 999 where survey_id = ? and by_question_id = 0")
                .param(id)
                .update();
        assertThat(compute(null).submitted()).isEqualTo(999);
        // … until the coordinator recomputes them
        mvc.perform(post(base + "/vysledky/prepocitat").with(csrf()).with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().exists("Server-Timing"));
        assertThat(compute(null).submitted()).isEqualTo(3);
        assertThat(figures(compute(q1))).isEqualTo(figures(live));
    }

    @Test
    void reopeningTheSurveyOrWritingAnAnswerForgetsTheStoredCounts() throws Exception {
        close();
        assertThat(compute(q1).submitted()).isEqualTo(3);
        assertThat(stored.stored(id)).isTrue();

        // reopened: forgotten, counted live, and a new response counts
        mvc.perform(post(base + "/stav")
                        .param("state", "OPEN")
                        .param("version", String.valueOf(mother.version(id)))
                        .with(csrf())
                        .with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored.stored(id)).isFalse();
        respond(true, AnswerValue.choice(q1, 0, 1), AnswerValue.choice(q2, 0, 2));
        Report reopened = compute(null);
        assertThat(stored.stored(id)).isFalse();
        assertThat(reopened.submitted()).isEqualTo(4);
        // Q2 now answered by 4: x 1, y 3, z 2
        assertThat(reopened.questions().get(1).answered()).isEqualTo(4);
        assertThat(reopened.questions().get(1).bars()).extracting(Bar::count).containsExactly(1L, 3L, 2L);

        // closed again and viewed: stored with the new response
        close();
        assertThat(compute(null).submitted()).isEqualTo(4);
        assertThat(stored.stored(id)).isTrue();
        // any answer written (whatever the path) marks the stored counts stale: counted again at the next view
        long someResponse = jdbc.sql("select min(id) from survey_response where survey_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        tx.executeWithoutResult(s -> answering.replaceAnswers(id, someResponse, List.of(AnswerValue.choice(q1, 0, 1))));
        assertThat(stored.header(id, SurveyStoredStatistics.PLAIN))
                .hasValueSatisfying(h -> assertThat(h.stale()).isTrue());
        assertThat(compute(null).questions().get(0).bars())
                .extracting(Bar::count)
                .containsExactly(1L, 3L);
        assertThat(stored.header(id, SurveyStoredStatistics.PLAIN))
                .hasValueSatisfying(h -> assertThat(h.stale()).isFalse());
    }

    /**
     * Q1 (single): a 2, b 1 of 3; Q2 (multiple): 3 answered, x 1, y 3, z 1; Q3: 1 and 2 → mean 1.50;
     * Q4 row r1: s0 1, s1 1; row r2: s1 1; Q2 by Q1: column a (responses 1 and 3) x 1, y 2, z 1.
     */
    private static void assertHandCounted(Report r) {
        assertThat(r.submitted()).isEqualTo(3);
        QuestionResult r1 = r.questions().get(0);
        assertThat(r1.answered()).isEqualTo(3);
        assertThat(r1.bars()).extracting(Bar::count).containsExactly(2L, 1L);
        QuestionResult r2 = r.questions().get(1);
        assertThat(r2.answered()).isEqualTo(3);
        assertThat(r2.bars()).extracting(Bar::count).containsExactly(1L, 3L, 1L);
        assertThat(r2.bars())
                .extracting(Bar::percent)
                .containsExactly(new BigDecimal("33.3"), new BigDecimal("100.0"), new BigDecimal("33.3"));
        assertThat(r2.cross().counts()[0]).containsExactly(1, 0);
        assertThat(r2.cross().counts()[1]).containsExactly(2, 1);
        assertThat(r2.cross().counts()[2]).containsExactly(1, 0);
        QuestionResult r3 = r.questions().get(2);
        assertThat(r3.answered()).isEqualTo(2);
        assertThat(r3.number().mean()).isEqualByComparingTo("1.50");
        assertThat(r3.number().min()).isEqualByComparingTo("1");
        QuestionResult r4 = r.questions().get(3);
        assertThat(r4.answered()).isEqualTo(2);
        assertThat(r4.rows().get(0).bars()).extracting(Bar::count).containsExactly(1L, 1L);
        assertThat(r4.rows().get(1).bars()).extracting(Bar::count).containsExactly(0L, 1L);
    }

    /** Every figure of a report as text (cross-tabulations' arrays included). */
    private static List<String> figures(Report r) {
        List<String> out = new ArrayList<>();
        out.add("submitted " + r.submitted());
        for (QuestionResult q : r.questions()) {
            out.add(q.question().id() + " answered " + q.answered() + " bars " + q.bars() + " rows " + q.rows()
                    + " number " + q.number() + " dates " + q.earliest() + ".." + q.latest());
            if (q.cross() != null) {
                out.add(Arrays.deepToString(q.cross().counts())
                        + Arrays.deepToString(q.cross().percents()));
            }
        }
        return out;
    }

    private Report compute(Long by) {
        return tx.execute(s -> results.compute(builder.find(STRAKONICE, id).toView(), builder.defs(id), by));
    }

    private void close() throws Exception {
        mvc.perform(post(base + "/stav")
                        .param("state", "CLOSED")
                        .param("version", String.valueOf(mother.version(id)))
                        .with(csrf())
                        .with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(builder.find(STRAKONICE, id).state()).isEqualTo(SurveyState.CLOSED);
    }

    private long rows(long surveyId) {
        return jdbc.sql("select count(*) from survey_statistics_row where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    private void respond(boolean submit, AnswerValue... values) {
        tx.executeWithoutResult(s -> {
            SurveyResponse response = responses.save(new SurveyResponse(id, null, null, Instant.now()));
            answering.replaceAnswers(id, response.id(), List.of(values));
            if (submit) {
                response.submit(Instant.now());
            }
        });
    }
}
