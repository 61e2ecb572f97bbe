package cz.planovna.survey;

import java.util.List;

/**
 * Everything the builder page shows: the survey, its questions, whether answers exist (then only
 * texts may change), its invitations and its audit trail.
 */
public record SurveyBuilderView(
        SurveyView survey,
        List<QuestionDef> questions,
        long responses,
        long submitted,
        List<InvitationView> invitations,
        List<AuditEntry> audit) {

    public boolean locked() {
        return responses > 0;
    }

    /** Closed questions a display condition may refer to (the form lists their choices). */
    public List<QuestionDef> closedQuestions() {
        return questions.stream().filter(q -> q.kind().closed()).toList();
    }

    public QuestionDef question(long id) {
        return questions.stream().filter(q -> q.id() == id).findFirst().orElse(null);
    }
}
