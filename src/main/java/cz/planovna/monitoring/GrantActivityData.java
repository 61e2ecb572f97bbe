package cz.planovna.monitoring;

import cz.planovna.analysis.AnalysisActivity.HeldInterview;
import cz.planovna.analysis.AnalysisActivity.RecordedFinding;
import cz.planovna.consultation.ConsultationActivity.HeldConsultation;
import cz.planovna.process.GrantActivityQueries.HeldEvent;
import cz.planovna.process.GrantActivityQueries.HeldMeeting;
import cz.planovna.process.GrantActivityQueries.LibraryDocument;
import cz.planovna.process.GrantActivityQueries.PublishedNews;
import cz.planovna.strategy.PlanActivity.Step;
import cz.planovna.survey.SurveyActivity.RunSurvey;
import java.util.List;

/** Everything the modules recorded for an ORP, unfiltered: the input of {@link GrantReportCounter}. */
record GrantActivityData(
        List<HeldMeeting> meetings,
        List<HeldEvent> events,
        List<PublishedNews> news,
        List<LibraryDocument> documents,
        List<RunSurvey> surveys,
        List<RecordedFinding> findings,
        List<HeldInterview> interviews,
        List<Step> planSteps,
        List<HeldConsultation> consultations) {}
