package cz.planovna.monitoring;

import cz.planovna.analysis.AnalysisActivity;
import cz.planovna.consultation.ConsultationActivity;
import cz.planovna.process.GrantActivityQueries;
import cz.planovna.process.GrantActivityQueries.GrantRound;
import cz.planovna.strategy.PlanActivity;
import cz.planovna.survey.SurveyActivity;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The grant report of a round: reads the modules' public activity queries (each checks that the
 * viewer sees the ORP's internal pages) and counts with {@link GrantReportCounter}.
 */
@Service
class GrantReportService {

    private final GrantActivityQueries process;
    private final SurveyActivity surveys;
    private final AnalysisActivity analyses;
    private final PlanActivity plans;
    private final ConsultationActivity consultations;

    GrantReportService(
            GrantActivityQueries process,
            SurveyActivity surveys,
            AnalysisActivity analyses,
            PlanActivity plans,
            ConsultationActivity consultations) {
        this.process = process;
        this.surveys = surveys;
        this.analyses = analyses;
        this.plans = plans;
        this.consultations = consultations;
    }

    /** The round (VIEW_INTERNAL of its ORP; 404 for a round of another ORP). */
    GrantRound round(int code, long roundId) {
        return process.round(code, roundId);
    }

    GrantReport report(GrantRound round, LocalDate from, LocalDate to) {
        int code = round.districtCode();
        GrantActivityData data = new GrantActivityData(
                process.meetings(code),
                process.events(code),
                process.news(code),
                process.documents(code),
                surveys.surveys(code),
                analyses.findings(code),
                analyses.interviews(code),
                plans.steps(code),
                consultations.consultations(code));
        return GrantReportCounter.count(round, from, to, data);
    }
}
