package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Demo profile: the planning process as the seeds describe it — Blatná's steering group of six,
 * its three working groups and its funded round; Domažlice's 3rd stage with the harmonogram and its
 * two working groups open to anyone, with a few (invented) e-mail subscribers.
 * People's names are invented. Idempotent: an ORP that has groups or rounds is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(30)
class ProcessDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final int DOMAZLICE = 3202;

    private static final Logger log = LoggerFactory.getLogger(ProcessDemoData.class);

    private final PlanningRoundRepository rounds;
    private final PlanningGroupRepository groups;
    private final GroupSubscriptionRepository subscriptions;
    private final SubscriptionLinks links;
    private final TerritoryQueries territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    ProcessDemoData(
            PlanningRoundRepository rounds,
            PlanningGroupRepository groups,
            GroupSubscriptionRepository subscriptions,
            SubscriptionLinks links,
            TerritoryQueries territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.rounds = rounds;
        this.groups = groups;
        this.subscriptions = subscriptions;
        this.links = links;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            TerritoryRef blatna = territory.districtRef(BLATNA).orElseThrow();
            if (groups.findByDistrictCode(BLATNA).isEmpty()) {
                blatnaGroups(blatna);
            }
            if (rounds.findByDistrictCodeOrderByPeriodFromDescIdDesc(BLATNA).isEmpty()) {
                rounds.save(blatnaRound(blatna));
            }
            TerritoryRef domazlice = territory.districtRef(DOMAZLICE).orElseThrow();
            if (rounds.findByDistrictCodeOrderByPeriodFromDescIdDesc(DOMAZLICE).isEmpty()) {
                rounds.save(domazliceRound(domazlice));
            }
            if (groups.findByDistrictCode(DOMAZLICE).isEmpty()) {
                domazliceGroups(domazlice);
            }
        });
        log.info("Demo data: planning process of Blatná and Domažlice");
    }

    private void blatnaGroups(TerritoryRef blatna) {
        Instant now = clock.instant();
        LocalDate joined = LocalDate.of(2018, 3, 1);
        LocalDate today = LocalDate.now(clock);

        PlanningGroup steering = new PlanningGroup(
                blatna,
                GroupKind.STEERING,
                new GroupDetails(
                        "Řídící skupina",
                        null,
                        "Řídí proces plánování, schvaluje metodiku, statut a jednací řády.",
                        false),
                now);
        List.of(
                        member("Kamila Horká", "starostka města Blatná", MemberRole.CHAIR, Sector.COMMISSIONER, true),
                        member("Věra Tichá", "starostka obce v ORP", MemberRole.DEPUTY, Sector.COMMISSIONER, true),
                        member(
                                "Markéta Lesní",
                                "vedoucí sociálního odboru MěÚ",
                                MemberRole.SECRETARY,
                                Sector.COMMISSIONER,
                                true),
                        member("Hana Polní", "ředitelka domova pro seniory", MemberRole.MEMBER, Sector.PROVIDER, true),
                        member("Olga Dlouhá", "ředitelka oblastní charity", MemberRole.MEMBER, Sector.PROVIDER, false),
                        member(
                                "Lubomír Krátký",
                                "spolek osob se zdravotním postižením",
                                MemberRole.MEMBER,
                                Sector.SERVICE_USER,
                                true))
                .forEach(m -> steering.addMember(m.withJoined(joined), today, now));
        groups.save(steering);

        String open = "Jednání jsou otevřená, může se jich účastnit každý, kdo má o problematiku zájem.";
        groups.save(new PlanningGroup(
                blatna,
                GroupKind.WORKING,
                new GroupDetails(
                        "Senioři a osoby se zdravotním postižením",
                        "Senioři, osoby se zdravotním postižením",
                        open,
                        true),
                now));
        groups.save(new PlanningGroup(
                blatna,
                GroupKind.WORKING,
                new GroupDetails("Rodiny, děti a mládež", "Rodiny s dětmi, děti a mládež", open, true),
                now));
        groups.save(new PlanningGroup(
                blatna,
                GroupKind.WORKING,
                new GroupDetails("Osoby v krizi", "Osoby v krizi a ohrožené sociálním vyloučením", open, true),
                now));
    }

    private static PlanningRound blatnaRound(TerritoryRef blatna) {
        PlanningRound round = new PlanningRound(
                blatna,
                new RoundDetails(
                        "Pokračování komunitního plánování 2018–2020",
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2020, 2, 29),
                        "Akční plán sociálních služeb na rok 2019 a střednědobý plán na období 2020–2022.",
                        RoundState.FINISHED,
                        List.of(
                                new Milestone("1. jednání řídící skupiny", LocalDate.of(2018, 5, 3), true),
                                new Milestone("2. jednání řídící skupiny", LocalDate.of(2018, 6, 7), true),
                                new Milestone("První veřejné setkání", LocalDate.of(2018, 6, 19), true),
                                new Milestone("První jednání pracovních skupin", LocalDate.of(2018, 10, 15), true))));
        round.fund(
                new GrantProject(
                        "CZ.03.2.63/0.0/0.0/16_063/0006575",
                        "03_16_063 Podpora procesu plánování sociálních služeb na obecní úrovni",
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2020, 2, 29),
                        null,
                        "CpKP jižní Čechy",
                        "Město Blatná"),
                List.of(
                        new KeyActivity(
                                "KA1",
                                "Zajištění koordinace procesu plánování",
                                "Činnost řídící skupiny a pracovních skupin, aktualizovaná metodika, evaluace"),
                        new KeyActivity(
                                "KA2",
                                "Zpracování podkladů pro akční a střednědobý plán",
                                "Sociodemografická analýza, analýza poskytovatelů a zadavatelů, průzkum potřeb"),
                        new KeyActivity(
                                "KA3",
                                "Vytvoření akčního a střednědobého plánu",
                                "Akční plán 2019, střednědobý plán 2020–2022"),
                        new KeyActivity("KA4", "Informování a zapojování účastníků procesu plánování", null),
                        new KeyActivity("KA5", "Posílení spolupráce mezi obcemi a krajem", null)));
        return round;
    }

    private static PlanningRound domazliceRound(TerritoryRef domazlice) {
        return new PlanningRound(
                domazlice,
                new RoundDetails(
                        "3. etapa 2018–2019",
                        LocalDate.of(2018, 1, 1),
                        LocalDate.of(2019, 12, 31),
                        "Analytická část, průzkum potřeb, pracovní skupiny otevřené pro veřejnost a návrh"
                                + " komunitního plánu k připomínkování.",
                        RoundState.FINISHED,
                        List.of(
                                new Milestone("Úvodní setkání řídícího výboru", LocalDate.of(2018, 2, 12), true),
                                new Milestone("Úvodní veřejné společné setkání", LocalDate.of(2018, 3, 7), true),
                                new Milestone("Prezentace výstupů analytické části", LocalDate.of(2018, 6, 30), true),
                                new Milestone("Začátek setkávání pracovních skupin", LocalDate.of(2018, 9, 1), true),
                                new Milestone(
                                        "Připomínkování návrhu komunitního plánu", LocalDate.of(2019, 6, 30), true),
                                new Milestone("Dokončení komunitního plánu", LocalDate.of(2019, 12, 31), true))));
    }

    /** The seeds: two working groups open to anyone, no registration needed; a few subscribers. */
    private void domazliceGroups(TerritoryRef domazlice) {
        Instant now = clock.instant();
        String open = "Setkání jsou otevřená pro kohokoli, registrace ani účast na více setkáních není"
                + " povinná. Skupina diskutuje o rozvoji sociálních služeb a navrhuje cíle, aktivity a"
                + " opatření komunitního plánu.";
        PlanningGroup seniors = groups.save(new PlanningGroup(
                domazlice,
                GroupKind.WORKING,
                new GroupDetails(
                        "Senioři a osoby se zdravotním postižením",
                        "Senioři, osoby se zdravotním postižením",
                        open,
                        true),
                now));
        PlanningGroup families = groups.save(new PlanningGroup(
                domazlice,
                GroupKind.WORKING,
                new GroupDetails(
                        "Rodiny s dětmi a osoby ohrožené sociálním vyloučením",
                        "Rodiny s dětmi, osoby ohrožené sociálním vyloučením",
                        open,
                        true),
                now));
        confirmedSubscriber(seniors, "marie.vesela@example.cz", now);
        confirmedSubscriber(seniors, "spolek.seniori@example.cz", now);
        confirmedSubscriber(families, "pavel.kriz@example.cz", now);
    }

    private void confirmedSubscriber(PlanningGroup group, String email, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        GroupSubscription s = new GroupSubscription(
                group,
                email,
                GroupSubscriptions.CONSENT_VERSION,
                SubscriptionLinks.hash(links.newConfirmToken()),
                SubscriptionLinks.hash(links.unsubscribeToken(group.id(), email, at)),
                at);
        s.confirm(at);
        subscriptions.save(s);
    }

    private static DemoMember member(
            String name, String organisation, MemberRole role, Sector sector, boolean consent) {
        return new DemoMember(name, organisation, role, sector, consent);
    }

    private record DemoMember(String name, String organisation, MemberRole role, Sector sector, boolean consent) {
        MemberDetails withJoined(LocalDate joined) {
            return new MemberDetails(name, organisation, null, role, sector, consent, joined);
        }
    }
}
