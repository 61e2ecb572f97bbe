package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.survey.SurveyResults.Bar;
import cz.planovna.survey.SurveyResults.Report;
import cz.planovna.territory.TerritoryQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large open survey's results come from a snapshot (ADR 0015). "Large" is any survey here
 * (slow-ms 0), and a snapshot is old after one hour: shown at once with its time, marked stale by a
 * new answer and then counted again in the background; a small survey (the default threshold, see
 * {@link SurveyStoredStatisticsTest}) is always counted live.
 */
@SpringBootTest(properties = {"planovna.survey.open-results.slow-ms=0", "planovna.survey.open-results.max-age=PT1H"})
@AutoConfigureMockMvc
class SurveyOpenSnapshotTest {

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
    TransactionTemplate tx;

    SurveyMother mother;
    TestUser coordinator;
    long id;
    long q1;
    String base;

    @BeforeEach
    void fixture() {
        mother = new SurveyMother(users, territory, surveys, questions, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        id = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Snímek"),
                true,
                SurveyState.OPEN,
                SurveyMother.single("Q1", false, "a", "b"));
        q1 = mother.questionIds(id).get(0);
        base = "/orp/" + STRAKONICE + "/planovani/dotazniky/" + id;
        respond(0);
        respond(0);
        respond(1);
    }

    @Test
    void theSnapshotIsShownWithItsTimeAndCountedAgainInTheBackgroundAfterNewAnswers() throws Exception {
        // first view: counted live and kept
        Report first = compute();
        assertThat(first.asOf()).isNull();
        assertThat(counts(first)).containsExactly(2L, 1L);
        assertThat(stored.header(id, SurveyStoredStatistics.PLAIN)).isPresent();

        // next view: the snapshot, with its time, on the page too
        Report second = compute();
        assertThat(second.asOf()).isNotNull();
        assertThat(counts(second)).containsExactly(2L, 1L);
        mvc.perform(get(base + "/vysledky").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Zobrazený stav k")));

        // a new answer: the snapshot is stale; the view still shows it at once and counts in the background
        respond(1);
        assertThat(stored.header(id, SurveyStoredStatistics.PLAIN))
                .hasValueSatisfying(h -> assertThat(h.stale()).isTrue());
        assertThat(counts(compute())).containsExactly(2L, 1L);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<Long> now = counts(compute());
        while (!now.equals(List.of(2L, 2L)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            now = counts(compute());
        }
        assertThat(now).containsExactly(2L, 2L);
        assertThat(stored.header(id, SurveyStoredStatistics.PLAIN))
                .hasValueSatisfying(h -> assertThat(h.stale()).isFalse());

        // the coordinator's recompute makes a fresh snapshot at once
        respond(0);
        mvc.perform(post(base + "/vysledky/prepocitat").with(csrf()).with(coordinator.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(counts(compute())).containsExactly(3L, 2L);
    }

    private Report compute() {
        return tx.execute(s -> results.compute(builder.find(STRAKONICE, id).toView(), builder.defs(id), null));
    }

    private static List<Long> counts(Report r) {
        return r.questions().get(0).bars().stream().map(Bar::count).toList();
    }

    private void respond(int choice) {
        tx.executeWithoutResult(s -> {
            SurveyResponse response = responses.save(new SurveyResponse(id, null, null, Instant.now()));
            answering.replaceAnswers(id, response.id(), List.of(AnswerValue.choice(q1, 0, choice)));
            response.submit(Instant.now());
        });
    }
}
