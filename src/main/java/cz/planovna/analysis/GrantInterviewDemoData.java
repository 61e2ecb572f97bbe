package cz.planovna.analysis;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the grant report (KA2 analyses) of Písek's funded round 2018–2020: two
 * interviews held in the project period. Idempotent: Písek with an interview before 2020 is left
 * alone.
 */
@Component
@Profile("demo & !postgres")
@Order(57)
class GrantInterviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GrantInterviewDemoData.class);
    static final int PISEK = 3108;

    private final InterviewRepository interviews;
    private final TerritoryQueries territory;
    private final TransactionTemplate tx;

    GrantInterviewDemoData(InterviewRepository interviews, TerritoryQueries territory, TransactionTemplate tx) {
        this.interviews = interviews;
        this.territory = territory;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        TerritoryRef orp = territory.districtRef(PISEK).orElse(null);
        if (orp == null
                || interviews.findByDistrictCode(PISEK).stream()
                        .anyMatch(i -> i.heldOn().getYear() < 2020)) {
            return;
        }
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            interviews.save(new Interview(
                    orp,
                    new InterviewContent(
                            InterviewKind.FOCUS_GROUP,
                            LocalDate.of(2018, 6, 12),
                            "Skupinová diskuse se starosty obcí Písecka (ilustrativní)",
                            "starostové 9 obcí ORP Písek",
                            9,
                            null,
                            null,
                            "Obce potřebují terénní služby i o víkendech a dopravu seniorů k lékaři. (Ilustrativní.)"),
                    now));
            interviews.save(new Interview(
                    orp,
                    new InterviewContent(
                            InterviewKind.INTERVIEW,
                            LocalDate.of(2018, 10, 2),
                            "Rozhovory s uživateli pečovatelské služby (ilustrativní)",
                            "uživatelé pečovatelské služby a jejich blízcí",
                            6,
                            null,
                            null,
                            "Uživatelé oceňují službu, chybí jim odpolední a víkendové návštěvy. (Ilustrativní.)"),
                    now));
        });
        log.info("Demo data: interviews of Písek in the grant period");
    }
}
