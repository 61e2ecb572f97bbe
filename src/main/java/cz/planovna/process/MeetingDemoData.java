package cz.planovna.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Demo profile: meetings of Blatná's groups as the seeds record them — a steering group meeting
 * and a seniors' working group meeting with published minutes (decisions, tasks), and the next
 * meeting of the working group two weeks ahead, not yet invited. Runs after {@link ProcessDemoData};
 * idempotent: an ORP that has meetings is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(31)
class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

    private final MeetingRepository meetings;
    private final PlanningGroupRepository groups;
    private final OrpAccess territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    MeetingDemoData(
            MeetingRepository meetings,
            PlanningGroupRepository groups,
            OrpAccess territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            int blatna = ProcessDemoData.BLATNA;
            if (!meetings.findByDistrictCode(blatna, org.springframework.data.domain.Pageable.ofSize(1))
                    .isEmpty()) {
                return;
            }
            List<PlanningGroup> all = groups.findByDistrictCode(blatna);
            all.stream().filter(g -> g.kind() == GroupKind.STEERING).findFirst().ifPresent(this::steeringMeeting);
            all.stream().filter(g -> g.name().startsWith("Senioři")).findFirst().ifPresent(this::seniorsMeetings);
            log.info("Demo data: meetings and minutes of Blatná");
        });
    }

    private void steeringMeeting(PlanningGroup group) {
        Meeting meeting = save(
                group,
                new MeetingDetails(
                        "1. jednání řídící skupiny",
                        LocalDate.of(2018, 4, 12),
                        LocalTime.of(13, 0),
                        LocalTime.of(15, 0),
                        "MěÚ Blatná, zasedací místnost, tř. T. G. Masaryka 322",
                        null,
                        null,
                        List.of(
                                "Zahájení a představení členů",
                                "Statut a jednací řád řídící skupiny",
                                "Harmonogram plánování",
                                "Různé")));
        attendAll(meeting, group, List.of());
        AgendaItem statute = meeting.agenda().get(1);
        meeting.writeMinutes(
                "Jednání zahájila koordinátorka plánování. Řídící skupina je usnášeníschopná.",
                Map.of(
                        statute.id(),
                        "Členové prošli návrh statutu a jednacího řádu. Připomínky byly zapracovány na místě."));
        meeting.addDecision(statute.id(), "Řídící skupina schvaluje statut řídící skupiny.", 6, 0, 0);
        meeting.addDecision(statute.id(), "Řídící skupina schvaluje jednací řád řídící skupiny.", 5, 0, 1);
        meeting.addDecision(
                meeting.agenda().get(2).id(), "Řídící skupina bere na vědomí harmonogram plánování.", null, null, null);
        meeting.addTask(
                null,
                "koordinátorka plánování",
                "Zveřejnit statut a jednací řád na webu města",
                LocalDate.of(2018, 4, 30));
        meeting.approve("předseda řídící skupiny", instant(2018, 4, 20));
        meeting.publish(instant(2018, 4, 23));
    }

    private void seniorsMeetings(PlanningGroup group) {
        Meeting first = save(
                group,
                new MeetingDetails(
                        "1. jednání pracovní skupiny",
                        LocalDate.of(2018, 5, 15),
                        LocalTime.of(9, 0),
                        LocalTime.of(11, 0),
                        "Sociální služby Města Blatná, Na Příkopech 1",
                        null,
                        null,
                        List.of(
                                "Úvod",
                                "Potřeby seniorů a osob se zdravotním postižením",
                                "Dostupnost terénních služeb v obcích")));
        attendAll(first, group, List.of(new Guest("Marta Hostová", "Charita Strakonice")));
        meetings.flush();
        AgendaItem needs = first.agenda().get(1);
        first.writeMinutes(
                "Skupina se sešla poprvé; členové se představili.",
                Map.of(
                        needs.id(),
                        "Chybí odlehčovací služba a kapacity pečovatelské služby v menších obcích.",
                        first.agenda().get(2).id(),
                        "Poskytovatelé popsali, kam dnes jezdí a kde nestačí kapacita."));
        first.addDecision(
                needs.id(), "Pracovní skupina navrhuje zařadit odlehčovací službu mezi priority plánu.", 7, 0, 1);
        Long member = group.currentMembers().isEmpty()
                ? null
                : group.currentMembers().get(0).id();
        first.addTask(
                member,
                member == null ? "koordinátorka plánování" : null,
                "Zjistit zájem obcí o pečovatelskou službu",
                LocalDate.of(2018, 6, 30));
        first.addTask(null, "koordinátorka plánování", "Připravit přehled služeb v ORP pro příští jednání", null);
        first.approve("předsedkyně pracovní skupiny", instant(2018, 5, 22));
        first.publish(instant(2018, 5, 25));

        LocalDate next = LocalDate.now(clock).plusWeeks(2);
        save(
                group,
                new MeetingDetails(
                        "Jednání pracovní skupiny",
                        next,
                        LocalTime.of(9, 0),
                        LocalTime.of(11, 0),
                        "Sociální služby Města Blatná, Na Příkopech 1",
                        null,
                        "Prosíme o potvrzení účasti.",
                        List.of("Kontrola úkolů", "Návrh opatření pro seniory", "Různé")));
    }

    private Meeting save(PlanningGroup group, MeetingDetails details) {
        Meeting meeting =
                meetings.save(new Meeting(territory.orp(group.districtCode()), group, details, clock.instant()));
        meetings.flush();
        return meeting;
    }

    private static void attendAll(Meeting meeting, PlanningGroup group, List<Guest> guests) {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        List<GroupMember> members = group.currentMembers();
        for (int i = 0; i < members.size(); i++) {
            statuses.put(
                    members.get(i).id(), i == members.size() - 1 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
        }
        meeting.recordAttendance(statuses, guests);
    }

    private static Instant instant(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }
}
