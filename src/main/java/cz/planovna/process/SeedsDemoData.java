package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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
 * Demo profile: the rest of the seeds — Luhačovice's two working groups with a list of published
 * minutes, and Písek's grant project with key activities KA1–KA5. Names of people are invented.
 * Idempotent: an ORP that has groups (Luhačovice) or rounds (Písek) is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(34)
class SeedsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedsDemoData.class);

    private final PlanningGroupRepository groups;
    private final PlanningRoundRepository rounds;
    private final MeetingRepository meetings;
    private final OrpAccess territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    SeedsDemoData(
            PlanningGroupRepository groups,
            PlanningRoundRepository rounds,
            MeetingRepository meetings,
            OrpAccess territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.groups = groups;
        this.rounds = rounds;
        this.meetings = meetings;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (groups.findByDistrictCode(EventNewsDemoData.LUHACOVICE).isEmpty()) {
                luhacovice(territory.orp(EventNewsDemoData.LUHACOVICE));
            }
            if (rounds.findByDistrictCodeOrderByPeriodFromDescIdDesc(EventNewsDemoData.PISEK)
                    .isEmpty()) {
                pisek(territory.orp(EventNewsDemoData.PISEK));
            }
        });
        log.info("Demo data: working groups and minutes of Luhačovice, grant project of Písek");
    }

    private void luhacovice(TerritoryRef orp) {
        PlanningGroup seniors = group(
                orp,
                "Senioři a osoby se zdravotním postižením",
                "Senioři, osoby se zdravotním postižením",
                List.of("Ludmila Horká", "Petr Šimčík", "Alena Vrbová", "Josef Kubiš"));
        PlanningGroup families = group(
                orp,
                "Rodina, děti a osoby ohrožené sociálním vyloučením",
                "Rodiny s dětmi, osoby v krizi",
                List.of("Markéta Zlámalová", "Tomáš Bařina", "Iva Polášková"));
        minutes(
                seniors,
                "1. jednání pracovní skupiny",
                LocalDate.of(2019, 3, 12),
                "Skupina prošla síť služeb pro seniory a domluvila dotazník.",
                "Pracovní skupina schvaluje dotazník pro seniory.");
        minutes(
                seniors,
                "2. jednání pracovní skupiny",
                LocalDate.of(2019, 5, 14),
                "Výsledky dotazníku: chybí pomoc v domácnosti a doprava k lékaři.",
                "Pracovní skupina navrhuje opatření Rozvoj pečovatelské služby v menších obcích.");
        minutes(
                families,
                "1. jednání pracovní skupiny",
                LocalDate.of(2019, 3, 19),
                "Sociálně aktivizační služba pro rodiny s dětmi působí jen v Luhačovicích.",
                "Pracovní skupina navrhuje rozšířit službu do okolních obcí.");
        minutes(
                families,
                "2. jednání pracovní skupiny",
                LocalDate.of(2019, 6, 4),
                "Dluhové poradenství: zájem obcí o pravidelné konzultace.",
                "Pracovní skupina doporučuje seminář o dluhovém poradenství pro obce.");
    }

    private PlanningGroup group(TerritoryRef orp, String name, String area, List<String> people) {
        Instant now = clock.instant();
        PlanningGroup group = new PlanningGroup(orp, GroupKind.WORKING, new GroupDetails(name, area, null, true), now);
        LocalDate joined = LocalDate.of(2019, 2, 1);
        for (int i = 0; i < people.size(); i++) {
            group.addMember(
                    new MemberDetails(
                            people.get(i),
                            null,
                            null,
                            i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER,
                            i % 2 == 0 ? Sector.PROVIDER : Sector.COMMISSIONER,
                            i == 0,
                            joined),
                    LocalDate.now(clock),
                    now);
        }
        return groups.saveAndFlush(group);
    }

    private void minutes(PlanningGroup group, String title, LocalDate date, String notes, String decision) {
        Meeting meeting = meetings.save(new Meeting(
                territory.orp(group.districtCode()),
                group,
                new MeetingDetails(
                        title,
                        date,
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        "MěÚ Luhačovice, nám. 17. listopadu 65",
                        null,
                        null,
                        List.of("Zahájení", "Hlavní téma", "Různé")),
                clock.instant()));
        meetings.flush();
        Map<Long, AttendanceStatus> present = new HashMap<>();
        group.currentMembers().forEach(m -> present.put(m.id(), AttendanceStatus.PRESENT));
        meeting.recordAttendance(present, List.of());
        AgendaItem topic = meeting.agenda().get(1);
        meeting.writeMinutes(null, Map.of(topic.id(), notes));
        meeting.addDecision(topic.id(), decision, group.currentMembers().size(), 0, 0);
        meeting.approve(
                "předsedkyně pracovní skupiny", date.plusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC));
        meeting.publish(date.plusDays(7).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private void pisek(TerritoryRef orp) {
        PlanningRound round = new PlanningRound(
                orp,
                new RoundDetails(
                        "Plánování sociálních služeb na Písecku 2018–2020",
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2020, 2, 29),
                        "Střednědobý plán rozvoje sociálních služeb ORP Písek vzniká v projektu z OP Zaměstnanost.",
                        RoundState.FINISHED,
                        List.of(
                                new Milestone("Zahájení projektu", LocalDate.of(2018, 3, 1), true),
                                new Milestone("Analýza potřeb dokončena", LocalDate.of(2018, 12, 31), true),
                                new Milestone("Schválení střednědobého plánu", LocalDate.of(2019, 11, 25), true))));
        round.fund(
                new GrantProject(
                        "CZ.03.2.63/0.0/0.0/16_063/0007398",
                        "Výzva 03_16_063 Strategické plánování sociálních služeb",
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2020, 2, 29),
                        3_214_580L,
                        "Město Písek",
                        null),
                List.of(
                        new KeyActivity("KA1", "Analýza potřeb a zdrojů", "Analýza potřeb občanů a sítě služeb"),
                        new KeyActivity("KA2", "Pracovní skupiny a řídící skupina", "Zápisy z 24 jednání"),
                        new KeyActivity(
                                "KA3", "Střednědobý plán rozvoje sociálních služeb", "Plán schválený zastupitelstvem"),
                        new KeyActivity("KA4", "Informovanost veřejnosti", "Katalog služeb, web, aktuality"),
                        new KeyActivity("KA5", "Řízení projektu", "Zprávy o realizaci")));
        round.staff(
                "Hana Procházková",
                "kpss@example.cz",
                "+420 382 330 111",
                List.of(
                        new TeamMemberView("Hana Procházková", "koordinátorka plánování"),
                        new TeamMemberView("Jiří Dvořák", "odborný garant"),
                        new TeamMemberView("Eva Malá", "finanční manažerka")));
        rounds.save(round);
    }
}
