package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
 * Demo settlement (illustrative): every comment of the demo's closed consultation (the Blatná plan
 * 2020–2022, commented in October 2019, created by {@code ConsultationDemoData}) is settled in
 * November 2019 and the table published; a comment on a plan item that was accepted names that
 * item as changed. The commenters count as told (no e-mail is sent from demo data). Runs after the
 * consultations and only while that consultation is unpublished.
 */
@Component
@Profile("demo & !postgres")
@Order(61)
class SettlementDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final String BY = "Koordinátor Blatná (koordinator.blatna@planovna.cz)";

    private static final Logger log = LoggerFactory.getLogger(SettlementDemoData.class);

    /** Outcome and reasoning by comment number (the six demo comments). */
    private static final Map<Integer, Object[]> SETTLEMENTS = Map.of(
            1,
            new Object[] {
                CommentOutcome.ACCEPTED,
                "Do úvodu plánu doplněna tabulka počtu uživatelů služeb v roce 2018 podle analýzy poskytovatelů."
            },
            2,
            new Object[] {
                CommentOutcome.PARTLY_ACCEPTED,
                "Víkendové výjezdy pečovatelské služby jsou doplněny do opatření od roku 2021; v roce 2020 na ně"
                        + " poskytovatel nemá pracovníky."
            },
            3,
            new Object[] {
                CommentOutcome.NOT_ACCEPTED,
                "Dovoz obědů zajišťuje pečovatelská služba; samostatnou jídelnu plán nezakládá, potřebu ověří"
                        + " dotazník pro obce v roce 2021."
            },
            4,
            new Object[] {
                CommentOutcome.ACCEPTED, "Respitní (odlehčovací) péče je doplněna jako samostatná aktivita cíle."
            },
            5,
            new Object[] {CommentOutcome.NOTED, null},
            6,
            new Object[] {
                CommentOutcome.PARTLY_ACCEPTED,
                "Rozpočet opatření na rok 2021 navýšen o 150 000 Kč; zbytek pokryje dotace kraje podle skutečnosti."
            });

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final SettlementAuditRepository audits;
    private final SettlementQueries queries;
    private final TransactionTemplate tx;
    private final Clock clock;

    SettlementDemoData(
            ConsultationRepository consultations,
            CommentRepository comments,
            SettlementAuditRepository audits,
            SettlementQueries queries,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.audits = audits;
        this.queries = queries;
        this.tx = tx;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken("koordinator.blatna@planovna.cz", null, List.of()));
        try {
            tx.executeWithoutResult(s -> settleBlatna());
        } catch (RuntimeException e) {
            log.warn("Demo settlement not created: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void settleBlatna() {
        LocalDate today = LocalDate.now(clock.withZone(CzechFormats.PRAGUE));
        for (Consultation c : consultations.findByDistrictCode(BLATNA)) {
            if (c.settlementPublishedAt() != null || c.state(today) != ConsultationState.CLOSED) {
                continue;
            }
            List<ConsultationComment> list = comments.findByConsultationIdOrderByNumberAsc(c.id());
            if (list.isEmpty() || list.stream().anyMatch(cm -> cm.outcome() != null)) {
                continue;
            }
            List<SettlementViews.NodeOption> nodes = queries.nodeOptions(BLATNA, c.planId());
            Instant at = at(2019, 11, 12);
            for (ConsultationComment cm : list) {
                Object[] s = SETTLEMENTS.getOrDefault(cm.number(), new Object[] {CommentOutcome.NOTED, null});
                CommentOutcome outcome = (CommentOutcome) s[0];
                String reasoning = (String) s[1];
                Long node = outcome != CommentOutcome.NOT_ACCEPTED && outcome != CommentOutcome.NOTED
                        ? cm.target().nodeId()
                        : null;
                String label = node == null
                        ? null
                        : nodes.stream()
                                .filter(n -> n.id() == node)
                                .map(SettlementViews.NodeOption::label)
                                .findFirst()
                                .orElse(null);
                Long changed = label == null ? null : node;
                audits.save(SettlementAudit.settled(c.id(), cm.id(), null, null, outcome, reasoning, changed, BY, at));
                cm.settle(outcome, reasoning, changed, label, BY, at);
                if (cm.authorEmail() != null) {
                    cm.outcomeMailed(at(2019, 11, 20));
                }
            }
            c.publishSettlement(at(2019, 11, 20));
            audits.save(SettlementAudit.published(c.id(), BY, at(2019, 11, 20)));
            log.info("Demo: the settlement of {} comments of Blatná published (illustrative)", list.size());
        }
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 9, 0)
                .atZone(CzechFormats.PRAGUE)
                .toInstant();
    }
}
