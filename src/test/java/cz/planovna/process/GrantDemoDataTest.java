package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The grant demo data give Písek's funded round 2018–2020 something to count (meetings with
 * commissioners, one cancelled, a forum co-organised with Blatná with registrations) and Blatná a
 * news item; a second start adds nothing.
 */
@ProcessWebTest
class GrantDemoDataTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    PlanningEventRepository events;

    @Autowired
    EventRegistrationRepository registrations;

    @Autowired
    NewsRepository news;

    @Autowired
    TransactionTemplate tx;

    @Test
    void pisekAndBlatnaGetActivitiesInTheProjectPeriodOnce() throws Exception {
        Assumptions.assumeFalse(
                groups.existsByDistrictCodeAndKind(GrantDemoData.PISEK, GroupKind.STEERING),
                "another test gave Písek a steering group already");
        GrantDemoData demo = context.getAutowireCapableBeanFactory().createBean(GrantDemoData.class);

        demo.run(null);
        demo.run(null);

        tx.executeWithoutResult(s -> {
            var pisekGroups = groups.findByDistrictCode(GrantDemoData.PISEK);
            PlanningGroup steering = pisekGroups.stream()
                    .filter(g -> g.kind() == GroupKind.STEERING)
                    .findFirst()
                    .orElseThrow();
            var held = meetings.findByGroupIdAndDateBetweenAndCancelledFalseOrderByDateAscStartsAtAsc(
                    steering.id(), LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29));
            assertThat(held)
                    .extracting(Meeting::title)
                    .containsExactly("1. jednání řídící skupiny", "2. jednání řídící skupiny");
            assertThat(held.get(0).attendance()).hasSize(4).containsValue(AttendanceStatus.PRESENT);
            assertThat(meetings.findByDistrictCode(GrantDemoData.PISEK, Pageable.unpaged())
                            .getContent())
                    .filteredOn(Meeting::cancelled)
                    .extracting(Meeting::title)
                    .containsExactly("Mimořádné jednání řídící skupiny");
            assertThat(pisekGroups)
                    .filteredOn(g -> g.kind() == GroupKind.WORKING)
                    .hasSize(1);
            var forum = events.findByDistrictCode(GrantDemoData.PISEK, Pageable.unpaged()).getContent().stream()
                    .filter(e -> e.title().equals("Veřejné fórum k plánu sociálních služeb"))
                    .toList();
            assertThat(forum).singleElement().satisfies(e -> {
                assertThat(e.partners()).containsExactly(ProcessDemoData.BLATNA);
                assertThat(registrations.countByEventIdAndCancelledAtIsNull(e.id()))
                        .isEqualTo(3);
            });
            assertThat(news.findByDistrictCode(ProcessDemoData.BLATNA, Pageable.unpaged())
                            .getContent())
                    .extracting(NewsItem::title)
                    .containsOnlyOnce("Zapojte se do plánování sociálních služeb na Blatensku");
        });
    }
}
