package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyResults.Bar;
import cz.planovna.survey.SurveyResults.QuestionResult;
import cz.planovna.survey.SurveyResults.Report;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Statistics on a small fixture whose counts and percentages are computed by hand in the comments. */
@SurveyWebTest
class SurveyStatisticsTest {

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
    TransactionTemplate tx;

    @Test
    void countsPercentagesMeansAndCrossTabulationMatchTheHandComputedFigures() {
        SurveyMother mother = new SurveyMother(users, territory, surveys, questions, tx);
        long id = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Statistika"),
                true,
                SurveyState.OPEN,
                SurveyMother.single("Q1", false, "a", "b", "c"),
                SurveyMother.multiple("Q2", "x", "y", "z"),
                SurveyMother.number("Q3", null, null),
                SurveyMother.matrix("Q4", List.of("r1", "r2"), "s0", "s1", "s2"),
                SurveyMother.ranking("Q5", "p", "q"));
        List<Long> q = mother.questionIds(id);
        long q1 = q.get(0), q2 = q.get(1), q3 = q.get(2), q4 = q.get(3), q5 = q.get(4);
        respond(
                id,
                true,
                AnswerValue.choice(q1, 0, 0),
                AnswerValue.choice(q2, 0, 0),
                AnswerValue.choice(q2, 0, 1),
                AnswerValue.number(q3, BigDecimal.TEN),
                AnswerValue.choice(q4, 0, 0),
                AnswerValue.choice(q4, 1, 2),
                AnswerValue.choice(q5, 0, 1),
                AnswerValue.choice(q5, 1, 2));
        respond(
                id,
                true,
                AnswerValue.choice(q1, 0, 0),
                AnswerValue.choice(q2, 0, 0),
                AnswerValue.number(q3, BigDecimal.valueOf(20)),
                AnswerValue.choice(q4, 0, 1),
                AnswerValue.choice(q5, 0, 2),
                AnswerValue.choice(q5, 1, 1));
        respond(
                id,
                true,
                AnswerValue.choice(q1, 0, 1),
                AnswerValue.choice(q4, 0, 0),
                AnswerValue.choice(q4, 1, 2),
                AnswerValue.choice(q5, 0, 1),
                AnswerValue.choice(q5, 1, 2));
        respond(id, true, AnswerValue.choice(q2, 0, 2));
        // a saved, not submitted response never counts
        respond(id, false, AnswerValue.choice(q1, 0, 2), AnswerValue.choice(q2, 0, 2));

        Report report =
                tx.execute(s -> results.compute(builder.find(STRAKONICE, id).toView(), builder.defs(id), q1));

        assertThat(report.submitted()).isEqualTo(4);
        // Q1: 3 answered; a 2/3, b 1/3, c 0
        QuestionResult r1 = report.questions().get(0);
        assertThat(r1.answered()).isEqualTo(3);
        assertThat(r1.bars()).extracting(Bar::count).containsExactly(2L, 1L, 0L);
        assertThat(r1.bars())
                .extracting(Bar::percent)
                .containsExactly(new BigDecimal("66.7"), new BigDecimal("33.3"), new BigDecimal("0.0"));
        // Q2 (multiple): 3 answered; x 2, y 1, z 1 → 66.7 %, 33.3 %, 33.3 % of those who answered
        QuestionResult r2 = report.questions().get(1);
        assertThat(r2.answered()).isEqualTo(3);
        assertThat(r2.bars()).extracting(Bar::count).containsExactly(2L, 1L, 1L);
        assertThat(r2.bars())
                .extracting(Bar::percent)
                .containsExactly(new BigDecimal("66.7"), new BigDecimal("33.3"), new BigDecimal("33.3"));
        // Q2 by Q1: column a has x 2, y 1 (3 answers) → 66.7 % and 33.3 %; the respondent without Q1 is left out
        assertThat(r2.cross().counts()[0]).containsExactly(2, 0, 0);
        assertThat(r2.cross().counts()[1]).containsExactly(1, 0, 0);
        assertThat(r2.cross().counts()[2]).containsExactly(0, 0, 0);
        assertThat(r2.cross().percents()[0][0]).isEqualByComparingTo("66.7");
        assertThat(r2.cross().percents()[1][0]).isEqualByComparingTo("33.3");
        // Q3: 10 and 20 → min 10, max 20, mean 15
        QuestionResult r3 = report.questions().get(2);
        assertThat(r3.number().count()).isEqualTo(2);
        assertThat(r3.number().min()).isEqualByComparingTo("10");
        assertThat(r3.number().max()).isEqualByComparingTo("20");
        assertThat(r3.number().mean()).isEqualByComparingTo("15.00");
        // Q4 row r1: s0 2, s1 1 of 3; row r2: s2 2 of 2
        QuestionResult r4 = report.questions().get(3);
        assertThat(r4.rows().get(0).answered()).isEqualTo(3);
        assertThat(r4.rows().get(0).bars()).extracting(Bar::count).containsExactly(2L, 1L, 0L);
        assertThat(r4.rows().get(1).bars())
                .extracting(Bar::percent)
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("0.0"), new BigDecimal("100.0"));
        // Q5: p ranked 1, 2, 1 → mean 1.33; q ranked 2, 1, 2 → 1.67
        QuestionResult r5 = report.questions().get(4);
        assertThat(r5.bars()).extracting(Bar::percent).containsExactly(new BigDecimal("1.33"), new BigDecimal("1.67"));
        assertThat(r5.bars()).extracting(Bar::count).containsExactly(3L, 3L);
    }

    private void respond(long surveyId, boolean submit, AnswerValue... values) {
        tx.executeWithoutResult(s -> {
            SurveyResponse response = responses.save(new SurveyResponse(surveyId, null, null, Instant.now()));
            answering.replaceAnswers(surveyId, response.id(), List.of(values));
            if (submit) {
                response.submit(Instant.now());
            }
        });
    }
}
