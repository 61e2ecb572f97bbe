package cz.planovna.analysis;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the analyses of an ORP recorded and when, for the grant report (KA2 analyses of the
 * monitoring module): findings by the day they were recorded, interviews and focus groups by the
 * day they were held. For those who see the ORP's internal pages.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisActivity {

    /** A recorded finding (Z-003) and the day it was recorded. */
    public record RecordedFinding(long id, LocalDate recorded, String label, String statement, String url) {}

    /** A held interview or focus group with its number of participants. */
    public record HeldInterview(long id, LocalDate held, String topic, int participants, String url) {}

    private final FindingsAccess access;
    private final EntityManager entities;

    AnalysisActivity(FindingsAccess access, EntityManager entities) {
        this.access = access;
        this.entities = entities;
    }

    public List<RecordedFinding> findings(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return entities
                .createQuery(
                        "select f.id, f.createdAt, f.number, f.statement from Finding f"
                                + " where f.districtCode = :code order by f.createdAt, f.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .map(r -> new RecordedFinding(
                        (Long) r[0],
                        LocalDate.ofInstant((Instant) r[1], CzechFormats.PRAGUE),
                        Finding.label((Integer) r[2]),
                        (String) r[3],
                        FindingsUrls.finding(districtCode, (Long) r[0])))
                .toList();
    }

    public List<HeldInterview> interviews(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return entities
                .createQuery(
                        "select i.id, i.heldOn, i.topic, i.participantCount from Interview i"
                                + " where i.districtCode = :code order by i.heldOn, i.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .map(r -> new HeldInterview(
                        (Long) r[0],
                        (LocalDate) r[1],
                        (String) r[2],
                        (Integer) r[3],
                        FindingsUrls.interview(districtCode, (Long) r[0])))
                .toList();
    }
}
