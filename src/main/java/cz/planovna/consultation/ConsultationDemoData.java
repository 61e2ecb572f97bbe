package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo consultations (illustrative): Domažlice has no plan in the demo data, so the closed
 * consultation with six varied comments (one hidden by the moderator) is on the Blatná plan
 * 2020–2022 (commented in October 2019, before its approval); the Písek draft plan has an open
 * consultation (closing three weeks from today) with two comments. Plans are read through
 * strategy's API as the ORP's demo coordinator. After the strategy and action-plan runners.
 */
@Component
@Profile("demo & !postgres")
@Order(60)
class ConsultationDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final int PISEK = 3108;
    static final String CONSENT = "Souhlasím se zpracováním uvedených osobních údajů (jméno, e-mail) obcí s"
            + " rozšířenou působností za účelem vypořádání připomínek ke komunitnímu plánu. Údaje budou uchovány po"
            + " dobu platnosti plánu. E-mail nebude nikdy zveřejněn.";

    private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ModerationRepository moderation;
    private final ConsultationService service;
    private final StrategyQueries strategy;
    private final TransactionTemplate tx;
    private final Clock clock;

    ConsultationDemoData(
            ConsultationRepository consultations,
            CommentRepository comments,
            ModerationRepository moderation,
            ConsultationService service,
            StrategyQueries strategy,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.moderation = moderation;
        this.service = service;
        this.strategy = strategy;
        this.tx = tx;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (consultations.findByDistrictCode(BLATNA).isEmpty()) {
                as("koordinator.blatna@planovna.cz", () -> blatna());
            }
            if (consultations.findByDistrictCode(PISEK).isEmpty()) {
                as("koordinator.pisek@planovna.cz", () -> pisek());
            }
        } catch (RuntimeException e) {
            log.warn("Demo consultations not created: {}", e.getMessage());
        }
    }

    private void as(String email, Runnable work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(email, null, List.of()));
        try {
            tx.executeWithoutResult(s -> work.run());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<PlanSummary> plan(int code, PlanState... states) {
        return strategy.plans(code, 0, null).stream()
                .filter(p -> List.of(states).contains(p.state()))
                .findFirst();
    }

    private void blatna() {
        PlanSummary plan = plan(BLATNA, PlanState.IN_FORCE, PlanState.APPROVED).orElse(null);
        if (plan == null) {
            return;
        }
        Consultation c = consultation(
                BLATNA,
                plan,
                "Připomínkování návrhu střednědobého plánu 2020–2022",
                LocalDate.of(2019, 10, 1),
                LocalDate.of(2019, 10, 31),
                true,
                "Návrh střednědobého plánu rozvoje sociálních služeb ORP Blatná na léta 2020–2022 byl zveřejněn"
                        + " k připomínkám. Připomínky projednala řídicí skupina a zapracovala je do plánu schváleného"
                        + " zastupitelstvem.\n\nIlustrativní data.",
                at(2019, 9, 25));
        List<ConsultationSection> sections = c.sections();
        ConsultationSection first = sections.isEmpty() ? null : sections.get(0);
        ConsultationSection second = sections.size() > 1 ? sections.get(1) : first;
        ConsultationSection measure = sections.stream()
                .filter(s -> s.kind() == cz.planovna.strategy.NodeKind.MEASURE)
                .findFirst()
                .orElse(first);
        comment(
                c,
                1,
                null,
                "Plán je přehledný, oceňuji zapojení obcí. Chybí mi ale shrnutí, kolik lidí služby" + " využívá dnes.",
                "Marie Dvořáková",
                "marie.dvorakova@example.cz",
                true,
                at(2019, 10, 2));
        comment(
                c,
                2,
                measure,
                "Pečovatelská služba by měla jezdit i o víkendech, hlavně do menších obcí jako"
                        + " Bezdědovice a Hajany.",
                "Josef Král",
                "josef.kral@example.cz",
                true,
                at(2019, 10, 4));
        comment(
                c,
                3,
                first,
                "Prosím doplnit, že senioři v obcích nemají kam dojít na oběd. <b>Jídelna</b> v Blatné" + " nestačí.",
                null,
                null,
                false,
                at(2019, 10, 9));
        comment(
                c,
                4,
                second,
                "Navrhuji přidat cíl pro podporu pečujících rodin – respitní péče chybí.",
                "Lenka Nováková",
                "lenka.novakova@example.cz",
                false,
                at(2019, 10, 14));
        ConsultationComment hidden = comment(
                c,
                5,
                null,
                "Ten úředník, co to psal, by měl jít od válu. Celé je to k" + " ničemu.",
                null,
                "anonym@example.cz",
                false,
                at(2019, 10, 20));
        comment(
                c,
                6,
                measure,
                "Za poskytovatele: souhlasíme s navýšením kapacity, ale rozpočet v roce 2021 je"
                        + " podhodnocený zhruba o 300 000 Kč.",
                "Oblastní charita Strakonice",
                "charita@example.cz",
                true,
                at(2019, 10, 30));
        Instant moderated = at(2019, 10, 21);
        String reason = "Urážlivé vyjádření vůči konkrétní osobě (pravidla připomínkování, bod 3).";
        hidden.hide(reason, "Koordinátor Blatná (koordinator.blatna@planovna.cz)", moderated);
        moderation.save(new ModerationEntry(
                hidden.id(),
                ModerationEntry.Kind.HIDDEN,
                reason,
                moderated,
                "Koordinátor Blatná (koordinator.blatna@planovna.cz)"));
        log.info("Demo: a closed consultation of the Blatná plan with 6 comments (illustrative)");
    }

    private void pisek() {
        PlanSummary plan =
                plan(PISEK, PlanState.DRAFT, PlanState.PUBLIC_COMMENTING).orElse(null);
        if (plan == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(CzechFormats.PRAGUE));
        Consultation c = consultation(
                PISEK,
                plan,
                "Připomínkování návrhu střednědobého plánu " + plan.yearFrom() + "–" + plan.yearTo(),
                today.minusDays(7),
                today.plusDays(21),
                false,
                "Město Písek zveřejňuje návrh střednědobého plánu rozvoje sociálních služeb. Připomínky může podat"
                        + " kdokoli, k celému dokumentu nebo ke konkrétní prioritě, cíli či opatření.\n\nIlustrativní"
                        + " data.",
                clock.instant().minusSeconds(8 * 86_400L));
        List<ConsultationSection> sections = c.sections();
        ConsultationSection goal = sections.stream()
                .filter(s -> s.kind() == cz.planovna.strategy.NodeKind.GOAL)
                .findFirst()
                .orElse(null);
        comment(
                c,
                1,
                goal,
                "Cíl je formulován obecně, chybí konkrétní počet nových míst v odlehčovací službě.",
                "Petr Svoboda",
                "petr.svoboda@example.cz",
                true,
                clock.instant().minusSeconds(5 * 86_400L));
        comment(
                c,
                2,
                null,
                "Děkujeme za možnost se vyjádřit. Prosíme o zveřejnění i zjednodušené verze plánu pro" + " veřejnost.",
                "Spolek Rodiče Písek",
                "rodice.pisek@example.cz",
                false,
                clock.instant().minusSeconds(2 * 86_400L));
        log.info("Demo: an open consultation of the Písek draft plan with 2 comments (illustrative)");
    }

    private Consultation consultation(
            int code,
            PlanSummary plan,
            String title,
            LocalDate opens,
            LocalDate closes,
            boolean anonymous,
            String intro,
            Instant created) {
        ConsultationInput input = new ConsultationInput(
                DocumentKind.PLAN, plan.id(), null, title, opens, closes, anonymous, intro, CONSENT, false);
        ConsultationService.Outline outline = service.outline(code, input);
        Consultation c = new Consultation(
                code, DocumentKind.PLAN, plan.id(), plan.id(), outline.title(), "Ilustrativní data", created);
        c.describe(title, opens, closes, anonymous, intro, CONSENT, created);
        c.outline(outline.title(), outline.sections());
        return consultations.save(c);
    }

    private ConsultationComment comment(
            Consultation c,
            int number,
            ConsultationSection target,
            String text,
            String name,
            String email,
            boolean namePublic,
            Instant at) {
        ConsultationComment comment = comments.save(new ConsultationComment(
                c.id(), number, target == null ? null : target.target(), text, name, email, namePublic, null, at));
        if (email != null) {
            comment.confirmationMailed(at);
        }
        return comment;
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 30)
                .atZone(CzechFormats.PRAGUE)
                .toInstant();
    }
}
