package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Blatná's demo meetings: two published minutes and one upcoming meeting, created only once. */
@ProcessWebTest
class MeetingDemoDataTest {

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    MeetingQueries queries;

    @Autowired
    OrpAccess access;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationContext context;

    @Test
    void blatnaHasPublishedMinutesAndANextMeetingOnlyOnce() throws Exception {
        context.getAutowireCapableBeanFactory()
                .createBean(ProcessDemoData.class)
                .run(null);
        MeetingDemoData demo = new MeetingDemoData(meetings, groups, access, tx, context.getBeanProvider(Clock.class));

        demo.run(null);
        demo.run(null);

        var published = queries.publishedMinutes(ProcessDemoData.BLATNA, 0).getContent();
        assertThat(published)
                .extracting(MeetingSummary::title)
                .containsExactly("1. jednání pracovní skupiny", "1. jednání řídící skupiny");
        PublicMinutes steering =
                queries.publicMinutes(ProcessDemoData.BLATNA, published.get(1).id());
        assertThat(steering.agenda().get(1).decisions()).hasSize(2);
        assertThat(steering.present()).hasSize(5);
        assertThat(steering.excused()).hasSize(1);
        assertThat(queries.upcoming(ProcessDemoData.BLATNA))
                .extracting(MeetingSummary::title)
                .containsExactly("Jednání pracovní skupiny");
    }
}
