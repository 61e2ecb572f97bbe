package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Demo events and news replay the seeds once: the shared workshop shows at every partner ORP. */
@ProcessWebTest
class EventNewsDemoDataTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EventQueries events;

    @Autowired
    NewsService news;

    @Test
    void luhacoviceSharesItsWorkshopAndPisekHasItsNewsOnlyOnce() throws Exception {
        EventNewsDemoData demo = context.getAutowireCapableBeanFactory().createBean(EventNewsDemoData.class);

        demo.run(null);
        demo.run(null);

        assertThat(events.upcoming(EventNewsDemoData.LUHACOVICE))
                .extracting(EventView::title)
                .containsExactly("Seminář: dluhové poradenství v obcích");
        for (int neighbour : EventNewsDemoData.LUHACOVICE_NEIGHBOURS) {
            assertThat(events.past(neighbour, 0).getContent())
                    .extracting(EventView::title)
                    .containsExactly("Workshop se sousedními ORP: společné služby pro seniory");
        }
        assertThat(events.upcoming(ProcessDemoData.BLATNA))
                .extracting(EventView::kind)
                .containsExactly(EventKind.PUBLIC_MEETING);
        assertThat(news.published(EventNewsDemoData.PISEK, 0).getContent())
                .extracting(NewsView::title)
                .first()
                .isEqualTo("Schválen střednědobý plán rozvoje sociálních služeb");
        assertThat(news.published(EventNewsDemoData.PISEK, 0).getTotalElements())
                .isEqualTo(3);
    }
}
