package cz.planovna.consultation;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public consultations an ORP held and when their comments came, for the grant report (KA4
 * informing and involving the public, monitoring module). For those who see the ORP's internal
 * pages. Hidden comments (moderated as spam or abuse) are not counted.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationActivity {

    /** A consultation with its opening and closing days and one entry per received comment. */
    public record HeldConsultation(
            long id, String title, LocalDate opens, LocalDate closes, List<LocalDate> comments, String url) {

        /** Comments received from {@code from} to {@code to}, both inclusive. */
        public long commentsBetween(LocalDate from, LocalDate to) {
            return comments.stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .count();
        }

        /** Whether the consultation was open for at least one day of the period. */
        public boolean openDuring(LocalDate from, LocalDate to) {
            return !opens.isAfter(to) && !closes.isBefore(from);
        }
    }

    private final ConsultationAccess access;
    private final EntityManager entities;

    ConsultationActivity(ConsultationAccess access, EntityManager entities) {
        this.access = access;
        this.entities = entities;
    }

    public List<HeldConsultation> consultations(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        List<Consultation> held = entities.createQuery(
                        "select c from Consultation c where c.districtCode = :code order by c.opensOn, c.id",
                        Consultation.class)
                .setParameter("code", districtCode)
                .getResultList();
        Map<Long, List<LocalDate>> comments = entities
                .createQuery(
                        "select m.consultationId, m.submittedAt from ConsultationComment m, Consultation c"
                                + " where m.consultationId = c.id and c.districtCode = :code and m.hidden = false",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        Collectors.mapping(
                                row -> LocalDate.ofInstant((Instant) row[1], CzechFormats.PRAGUE),
                                Collectors.toList())));
        return held.stream()
                .map(c -> new HeldConsultation(
                        c.id(),
                        c.title(),
                        c.opensOn(),
                        c.closesOn(),
                        comments.getOrDefault(c.id(), List.of()).stream()
                                .sorted()
                                .toList(),
                        "/orp/" + districtCode + "/pripominky/sprava/" + c.id()))
                .toList();
    }
}
