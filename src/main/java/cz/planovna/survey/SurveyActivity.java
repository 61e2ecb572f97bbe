package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys an ORP ran and when their responses came, for the grant report (KA2 analyses of the
 * monitoring module). For those who see the ORP's internal pages; drafts are left out.
 */
@Service
@Transactional(readOnly = true)
public class SurveyActivity {

    /**
     * A survey that was opened: {@code opened}/{@code closed} days (closed null while open) and the
     * days its submitted responses came, one entry per response.
     */
    public record RunSurvey(
            long id, String title, LocalDate opened, LocalDate closed, List<LocalDate> responses, String url) {

        /** Responses submitted from {@code from} to {@code to}, both inclusive. */
        public long responsesBetween(LocalDate from, LocalDate to) {
            return responses.stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .count();
        }
    }

    private final SurveyAccess access;
    private final EntityManager entities;

    SurveyActivity(SurveyAccess access, EntityManager entities) {
        this.access = access;
        this.entities = entities;
    }

    public List<RunSurvey> surveys(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        List<Object[]> surveys = entities.createQuery(
                        "select s.id, s.title, s.opensAt, s.closesAt, s.state from Survey s"
                                + " where s.districtCode = :code and s.state <> :draft and s.opensAt is not null"
                                + " order by s.opensAt, s.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .setParameter("draft", SurveyState.DRAFT)
                .getResultList();
        return surveys.stream()
                .map(s -> {
                    Long id = (Long) s[0];
                    List<LocalDate> responses = entities
                            .createQuery(
                                    "select r.submittedAt from SurveyResponse r where r.surveyId = :id"
                                            + " and r.submitted = true and r.submittedAt is not null",
                                    Instant.class)
                            .setParameter("id", id)
                            .getResultList()
                            .stream()
                            .map(SurveyActivity::day)
                            .sorted()
                            .toList();
                    return new RunSurvey(
                            id,
                            (String) s[1],
                            day((Instant) s[2]),
                            s[4] == SurveyState.CLOSED ? day((Instant) s[3]) : null,
                            responses,
                            "/orp/" + districtCode + "/planovani/dotazniky/" + id + "/vysledky");
                })
                .toList();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CzechFormats.PRAGUE);
    }
}
