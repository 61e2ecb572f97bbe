package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Luhačovice's groups with their published minutes and Písek's grant project, created once. */
@ProcessWebTest
class SeedsDemoDataTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingQueries meetings;

    @Autowired
    PlanningQueries planning;

    @Test
    void luhacoviceHasMinutesAndPisekItsGrantProjectOnlyOnce() throws Exception {
        SeedsDemoData demo = context.getAutowireCapableBeanFactory().createBean(SeedsDemoData.class);

        demo.run(null);
        demo.run(null);

        assertThat(meetings.publishedMinutes(EventNewsDemoData.LUHACOVICE, 0).getTotalElements())
                .isEqualTo(4);
        PublicProcess luhacovice = planning.publicProcess(EventNewsDemoData.LUHACOVICE);
        assertThat(luhacovice.groups()).hasSize(2);
        PublicProcess pisek = planning.publicProcess(EventNewsDemoData.PISEK);
        assertThat(pisek.currentRound().grantProject().keyActivities())
                .extracting(KeyActivityView::code)
                .containsExactly("KA1", "KA2", "KA3", "KA4", "KA5");
        assertThat(pisek.currentRound().team().coordinatorName()).isEqualTo("Hana Procházková");
    }
}
