package cz.planovna.survey;

/** The ORP a survey page is about, for headings and breadcrumbs. */
public record SurveyOrp(int code, String name, int regionCode, String regionName) {}
