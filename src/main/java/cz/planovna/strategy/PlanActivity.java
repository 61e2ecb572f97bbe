package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an ORP's plans and when, for the grant report (KA3 creating the plan of the
 * monitoring module): plans drafted, plans approved, amendments opened and approved, plan
 * documents generated. For those who see the ORP's internal pages.
 */
@Service
@Transactional(readOnly = true)
public class PlanActivity {

    /** What happened. */
    public enum Kind {
        PLAN_CREATED,
        PLAN_APPROVED,
        AMENDMENT_OPENED,
        AMENDMENT_APPROVED,
        DOCUMENT_GENERATED;

        public String messageKey() {
            return "strategy.activity." + name();
        }
    }

    /** One step of a plan on a day; {@code title} names the plan (and the amendment). */
    public record Step(LocalDate date, Kind kind, String title, String url) {}

    private final StrategyAccess access;
    private final EntityManager entities;

    PlanActivity(StrategyAccess access, EntityManager entities) {
        this.access = access;
        this.entities = entities;
    }

    public List<Step> steps(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        List<Step> steps = new ArrayList<>();
        for (Object[] r : entities.createQuery(
                        "select p.id, p.title, p.createdAt, p.approvedOn from StrategicPlan p where p.districtCode = :code",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()) {
            String url = StrategyUrls.plan(districtCode, (Long) r[0]);
            steps.add(new Step(day((Instant) r[2]), Kind.PLAN_CREATED, (String) r[1], url));
            if (r[3] != null) {
                steps.add(new Step((LocalDate) r[3], Kind.PLAN_APPROVED, (String) r[1], url));
            }
        }
        for (Object[] r : entities.createQuery(
                        "select p.id, p.title, a.number, a.openedAt, a.approvedOn from PlanAmendment a, StrategicPlan p"
                                + " where a.planId = p.id and p.districtCode = :code",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()) {
            String url = StrategyUrls.plan(districtCode, (Long) r[0]);
            String title = r[1] + " – " + r[2];
            steps.add(new Step(day((Instant) r[3]), Kind.AMENDMENT_OPENED, title, url));
            if (r[4] != null) {
                steps.add(new Step((LocalDate) r[4], Kind.AMENDMENT_APPROVED, title, url));
            }
        }
        for (Object[] r : entities.createQuery(
                        "select p.id, p.title, d.finishedAt from PlanDocumentRun d, StrategicPlan p"
                                + " where d.planId = p.id and d.districtCode = :code and d.state = :done",
                        Object[].class)
                .setParameter("code", districtCode)
                .setParameter("done", PlanDocumentRun.State.DONE)
                .getResultList()) {
            steps.add(new Step(
                    day((Instant) r[2]),
                    Kind.DOCUMENT_GENERATED,
                    (String) r[1],
                    StrategyUrls.plan(districtCode, (Long) r[0]) + "/dokument"));
        }
        steps.removeIf(s -> s.date() == null);
        steps.sort(Comparator.comparing(Step::date).thenComparing(Step::kind));
        return steps;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CzechFormats.PRAGUE);
    }
}
