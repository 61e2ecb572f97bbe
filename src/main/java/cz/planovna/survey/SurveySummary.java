package cz.planovna.survey;

/** A survey in the ORP's list, with its number of submitted responses. */
public record SurveySummary(SurveyView survey, long submitted) {}
