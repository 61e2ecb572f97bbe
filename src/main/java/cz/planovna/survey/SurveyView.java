package cz.planovna.survey;

import java.time.Instant;

/** A survey for pages. */
public record SurveyView(
        long id,
        int districtCode,
        String title,
        String intro,
        String audience,
        boolean anonymous,
        Instant opensAt,
        Instant closesAt,
        SurveyState state,
        String publicToken,
        boolean illustrative,
        Instant updatedAt,
        long version) {

    public boolean draft() {
        return state == SurveyState.DRAFT;
    }

    public boolean open() {
        return state == SurveyState.OPEN;
    }

    public boolean closed() {
        return state == SurveyState.CLOSED;
    }
}
