package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: events and news as the seeds describe them — Luhačovice's workshop with the
 * neighbouring ORPs and a seminar open for registration, Blatná's public meeting, Písek's news about
 * its grant project. Idempotent: an ORP that has events (or news) is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(33)
class EventNewsDemoData implements ApplicationRunner {

    static final int LUHACOVICE = 7204;
    static final int PISEK = 3108;
    /** Zlín, Uherský Brod, Valašské Klobouky: Luhačovice's neighbours. */
    static final Set<Integer> LUHACOVICE_NEIGHBOURS = Set.of(7213, 7208, 7209);

    private static final Logger log = LoggerFactory.getLogger(EventNewsDemoData.class);

    private final PlanningEventRepository events;
    private final NewsRepository news;
    private final OrpAccess territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventNewsDemoData(
            PlanningEventRepository events,
            NewsRepository news,
            OrpAccess territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.events = events;
        this.news = news;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            LocalDate today = LocalDate.now(clock);
            if (events.findByDistrictCode(LUHACOVICE, Pageable.ofSize(1)).isEmpty()) {
                TerritoryRef luhacovice = territory.orp(LUHACOVICE);
                event(
                        luhacovice,
                        EventKind.WORKSHOP,
                        "Workshop se sousedními ORP: společné služby pro seniory",
                        "Koordinátoři a poskytovatelé z ORP Luhačovice, Zlín, Uherský Brod a Valašské Klobouky hledali,"
                                + " které služby zajistit společně.",
                        LocalDate.of(2019, 10, 8),
                        LocalTime.of(9, 0),
                        LocalTime.of(13, 0),
                        "Lázeňské náměstí 436, Luhačovice",
                        null,
                        false,
                        LUHACOVICE_NEIGHBOURS);
                event(
                        luhacovice,
                        EventKind.SEMINAR,
                        "Seminář: dluhové poradenství v obcích",
                        "Seminář pro starosty a sociální pracovníky obcí. Program: dluhové pasti, kam poslat klienta,"
                                + " zkušenosti poskytovatelů.",
                        today.plusWeeks(3),
                        LocalTime.of(13, 0),
                        LocalTime.of(16, 0),
                        "MěÚ Luhačovice, zasedací místnost",
                        40,
                        true,
                        Set.of());
            }
            if (events.findByDistrictCode(ProcessDemoData.BLATNA, Pageable.ofSize(1))
                    .isEmpty()) {
                event(
                        territory.orp(ProcessDemoData.BLATNA),
                        EventKind.PUBLIC_MEETING,
                        "Veřejné setkání ke komunitnímu plánu",
                        "Představíme návrh plánu sociálních služeb a vyslechneme vaše připomínky. Vstup volný.",
                        today.plusWeeks(5),
                        LocalTime.of(17, 0),
                        LocalTime.of(19, 0),
                        "Kulturní dům Blatná, sál",
                        null,
                        true,
                        Set.of());
            }
            if (news.findByDistrictCode(PISEK, Pageable.ofSize(1)).isEmpty()) {
                TerritoryRef pisek = territory.orp(PISEK);
                newsItem(
                        pisek,
                        "Začal projekt Plánování sociálních služeb na Písecku",
                        "Město Písek získalo podporu z OP Zaměstnanost na projekt s klíčovými aktivitami KA1–KA5.",
                        "Projekt navazuje na předchozí komunitní plán. V klíčové aktivitě KA1 vzniká analýza potřeb,"
                                + " v KA2 pracují pracovní skupiny.\n\nDo skupin se může zapojit kdokoli.",
                        LocalDate.of(2018, 3, 1));
                newsItem(
                        pisek,
                        "Dotazník pro obce ORP Písek",
                        "Prosíme starosty obcí o vyplnění dotazníku o potřebách občanů.",
                        "Dotazník je součástí KA1 analýzy potřeb. Výsledky zveřejníme v analýze.",
                        LocalDate.of(2018, 9, 17));
                newsItem(
                        pisek,
                        "Schválen střednědobý plán rozvoje sociálních služeb",
                        "Zastupitelstvo města schválilo plán na další období.",
                        "Plán vznikl v pracovních skupinách za účasti poskytovatelů, obcí i veřejnosti."
                                + "\n\nDěkujeme všem, kdo se zapojili.",
                        LocalDate.of(2019, 11, 25));
            }
        });
        log.info("Demo data: events of Luhačovice and Blatná, news of Písek");
    }

    private void event(
            TerritoryRef orp,
            EventKind kind,
            String title,
            String description,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String place,
            Integer capacity,
            boolean registration,
            Set<Integer> partners) {
        events.save(new PlanningEvent(
                orp,
                new EventDetails(
                        kind, title, description, date, from, to, place, null, capacity, registration, true, partners),
                clock.instant()));
    }

    private void newsItem(TerritoryRef orp, String title, String perex, String body, LocalDate publishedOn) {
        news.save(new NewsItem(orp, title, perex, body, true, publishedOn, clock.instant()));
    }
}
