package cz.planovna.survey;

import java.time.Instant;

/** The checked settings of a survey, as the entity takes them. */
record SurveySettings(
        String title, String intro, String audience, boolean anonymous, Instant opensAt, Instant closesAt) {}
