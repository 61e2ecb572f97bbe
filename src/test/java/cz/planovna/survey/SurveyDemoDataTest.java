package cz.planovna.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Domažlice's demo surveys: created once, the closed one with 40 submitted illustrative responses. */
@SurveyWebTest
class SurveyDemoDataTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyResponseRepository responses;

    @Autowired
    SurveyBuilder builder;

    @Autowired
    SurveyResults results;

    @Autowired
    TransactionTemplate tx;

    @Test
    void domazliceHasAClosedSurveyOfMunicipalitiesAndAnOpenOneForCitizens() {
        SurveyDemoData demo = context.getAutowireCapableBeanFactory().createBean(SurveyDemoData.class);
        demo.run(null);
        demo.run(null);

        List<SurveyView> mine =
                tx.execute(s -> surveys.findByDistrictCode(SurveyDemoData.DOMAZLICE, PageRequest.of(0, 100))
                        .map(Survey::toView)
                        .filter(v -> v.title().equals(SurveyDemoData.MUNICIPALITIES)
                                || v.title().equals(SurveyDemoData.CITIZENS))
                        .toList());
        assertThat(mine)
                .extracting(SurveyView::title)
                .containsExactlyInAnyOrder(SurveyDemoData.MUNICIPALITIES, SurveyDemoData.CITIZENS);
        assertThat(mine).allMatch(SurveyView::illustrative);
        SurveyView closed = mine.stream()
                .filter(v -> v.title().equals(SurveyDemoData.MUNICIPALITIES))
                .findFirst()
                .orElseThrow();
        SurveyView open = mine.stream()
                .filter(v -> v.title().equals(SurveyDemoData.CITIZENS))
                .findFirst()
                .orElseThrow();
        assertThat(closed.state()).isEqualTo(SurveyState.CLOSED);
        assertThat(open.state()).isEqualTo(SurveyState.OPEN);
        assertThat(responses.countBySurveyIdAndSubmittedTrue(closed.id())).isEqualTo(40);
        var report = tx.execute(s -> results.compute(closed, builder.defs(closed.id()), null));
        // every response answers the size of the obec and the yes/no question
        assertThat(report.questions().get(0).answered()).isEqualTo(40);
        assertThat(report.questions().get(0).bars().stream()
                        .mapToLong(SurveyResults.Bar::count)
                        .sum())
                .isEqualTo(40);
    }
}
