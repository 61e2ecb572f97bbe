package cz.planovna.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the grant report (klíčové aktivity) of the funded rounds of Písek and Blatná
 * (2018–2020): Písek's steering group and a working group with their meetings in the project
 * period (one cancelled, which the report must not count), a public event co-organised with
 * Blatná with registrations, and a news item of Blatná. Idempotent: Písek with a steering group
 * is left alone. Runs after the other process demo data.
 */
@Component
@Profile("demo & !postgres")
@Order(35)
class GrantDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GrantDemoData.class);
    static final int PISEK = 3108;

    private final PlanningGroupRepository groups;
    private final MeetingRepository meetings;
    private final PlanningEventRepository events;
    private final EventRegistrationRepository registrations;
    private final NewsRepository news;
    private final OrpAccess territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    GrantDemoData(
            PlanningGroupRepository groups,
            MeetingRepository meetings,
            PlanningEventRepository events,
            EventRegistrationRepository registrations,
            NewsRepository news,
            OrpAccess territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.events = events;
        this.registrations = registrations;
        this.news = news;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (territory.orpIfKnown(PISEK).isEmpty()
                || territory.orpIfKnown(ProcessDemoData.BLATNA).isEmpty()
                || groups.existsByDistrictCodeAndKind(PISEK, GroupKind.STEERING)) {
            return;
        }
        tx.executeWithoutResult(s -> {
            pisek();
            blatna();
        });
        log.info("Demo data: meetings, an event and news of the funded rounds of Písek and Blatná");
    }

    private void pisek() {
        var orp = territory.orp(PISEK);
        Instant now = clock.instant();
        LocalDate joined = LocalDate.of(2018, 3, 1);
        LocalDate today = LocalDate.now(clock);
        PlanningGroup steering = new PlanningGroup(
                orp,
                GroupKind.STEERING,
                new GroupDetails(
                        "Řídící skupina KPSS Písecko",
                        null,
                        "Řídí projekt a schvaluje výstupy klíčových aktivit.",
                        false),
                now);
        List.of(
                        new MemberDetails(
                                "Petr Vlasák",
                                "místostarosta města Písek",
                                null,
                                MemberRole.CHAIR,
                                Sector.COMMISSIONER,
                                true,
                                joined),
                        new MemberDetails(
                                "Ivana Křížová",
                                "Krajský úřad Jihočeského kraje",
                                null,
                                MemberRole.MEMBER,
                                Sector.COMMISSIONER,
                                true,
                                joined),
                        new MemberDetails(
                                "Jana Málková",
                                "Domov seniorů Světlo",
                                null,
                                MemberRole.MEMBER,
                                Sector.PROVIDER,
                                true,
                                joined),
                        new MemberDetails(
                                "Tomáš Beneš",
                                "Spolek pečujících Písecka",
                                null,
                                MemberRole.MEMBER,
                                Sector.SERVICE_USER,
                                true,
                                joined))
                .forEach(m -> steering.addMember(m, today, now));
        groups.saveAndFlush(steering);
        PlanningGroup seniors = new PlanningGroup(
                orp, GroupKind.WORKING, new GroupDetails("Senioři Písecko", "Senioři a pečující", null, false), now);
        List.of(
                        new MemberDetails(
                                "Marie Novotná",
                                "starostka obce Putim",
                                null,
                                MemberRole.CHAIR,
                                Sector.COMMISSIONER,
                                true,
                                joined),
                        new MemberDetails(
                                "Alena Hrubá",
                                "Pečovatelská služba Písek",
                                null,
                                MemberRole.MEMBER,
                                Sector.PROVIDER,
                                true,
                                joined),
                        new MemberDetails(
                                "Karel Dušek",
                                "uživatel služeb",
                                null,
                                MemberRole.MEMBER,
                                Sector.SERVICE_USER,
                                true,
                                joined))
                .forEach(m -> seniors.addMember(m, today, now));
        groups.saveAndFlush(seniors);

        held(steering, "1. jednání řídící skupiny", LocalDate.of(2018, 4, 5), List.of());
        held(steering, "2. jednání řídící skupiny", LocalDate.of(2019, 2, 14), List.of());
        Meeting cancelled = meeting(steering, "Mimořádné jednání řídící skupiny", LocalDate.of(2019, 6, 20));
        cancelled.cancel();
        held(
                seniors,
                "1. jednání pracovní skupiny Senioři",
                LocalDate.of(2018, 5, 22),
                List.of(new Guest("Lenka Vojtová", "Charita Písek")));
        held(seniors, "2. jednání pracovní skupiny Senioři", LocalDate.of(2018, 10, 9), List.of());

        PlanningEvent forum = events.save(new PlanningEvent(
                orp,
                new EventDetails(
                        EventKind.PUBLIC_MEETING,
                        "Veřejné fórum k plánu sociálních služeb",
                        "Představení návrhu střednědobého plánu Písecka a Blatenska.",
                        LocalDate.of(2019, 9, 12),
                        LocalTime.of(16, 0),
                        LocalTime.of(18, 0),
                        "Kulturní dům Písek",
                        null,
                        80,
                        false,
                        true,
                        Set.of(ProcessDemoData.BLATNA)),
                now));
        events.flush();
        int i = 0;
        for (String name : List.of("Eva Kubová", "Jiří Šťastný", "Pavla Hronková")) {
            registrations.save(new EventRegistration(
                    forum.id(),
                    name,
                    null,
                    "forum" + (++i) + "@example.cz",
                    "demo-grant-" + i,
                    Instant.parse("2019-09-0" + i + "T10:00:00Z")));
        }
    }

    private void blatna() {
        var orp = territory.orp(ProcessDemoData.BLATNA);
        news.save(new NewsItem(
                orp,
                "Zapojte se do plánování sociálních služeb na Blatensku",
                "Pracovní skupiny jsou otevřené každému, kdo má o sociální služby zájem.",
                "Projekt z OP Zaměstnanost podporuje plánování v ORP Blatná v letech 2018–2020.",
                true,
                LocalDate.of(2018, 4, 3),
                clock.instant()));
    }

    private void held(PlanningGroup group, String title, LocalDate date, List<Guest> guests) {
        Meeting meeting = meeting(group, title, date);
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        group.currentMembers().forEach(m -> statuses.put(m.id(), AttendanceStatus.PRESENT));
        meeting.recordAttendance(statuses, guests);
    }

    private Meeting meeting(PlanningGroup group, String title, LocalDate date) {
        Meeting meeting = meetings.save(new Meeting(
                territory.orp(group.districtCode()),
                group,
                new MeetingDetails(
                        title,
                        date,
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        "MěÚ Písek, Velké náměstí 114",
                        null,
                        null,
                        List.of("Zahájení", "Průběh klíčových aktivit", "Různé")),
                date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        meetings.flush();
        return meeting;
    }
}
