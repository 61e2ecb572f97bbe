package cz.planovna.monitoring;

import cz.planovna.survey.SurveyDigest;
import java.util.List;

/**
 * The questionnaire part of an evaluation's detail page: the linked questionnaire ({@code linked}
 * null when none is linked or it was deleted) and, for the coordinator of a draft, those to pick.
 */
public record EvaluationSurveyPanel(Long surveyId, SurveyDigest.Linked linked, List<SurveyDigest.Choice> choices) {

    public EvaluationSurveyPanel {
        choices = List.copyOf(choices);
    }

    public boolean missing() {
        return surveyId != null && linked == null;
    }
}
