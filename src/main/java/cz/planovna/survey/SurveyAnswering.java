package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import java.sql.Date;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Respondents: the anonymous public link, personal invitations (one-time tokens) and resume links.
 * Anonymous responses store neither an IP address nor an account; a submitted response is final and
 * its tokens stop working.
 */
@Service
@Transactional
public class SurveyAnswering {

    /** Why a link does not lead to a form; the page says it in words. */
    enum Refusal {
        CLOSED,
        NOT_YET_OPEN,
        ALREADY_SUBMITTED
    }

    static class RefusedException extends RuntimeException {
        private final Refusal refusal;
        private final SurveyView survey;

        RefusedException(Refusal refusal, SurveyView survey) {
            super(refusal.name());
            this.refusal = refusal;
            this.survey = survey;
        }

        Refusal refusal() {
            return refusal;
        }

        SurveyView survey() {
            return survey;
        }
    }

    /** The outcome of a POST: submitted, saved (with the link to resume) or shown again with problems. */
    record Outcome(boolean submitted, String resumeToken, AnswerForm form) {}

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final SurveyInvitationRepository invitations;
    private final SurveyBuilder builder;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SurveyStoredStatistics statistics;

    SurveyAnswering(
            SurveyRepository surveys,
            SurveyResponseRepository responses,
            SurveyInvitationRepository invitations,
            SurveyBuilder builder,
            JdbcClient jdbc,
            JdbcTemplate batch,
            SurveyStoredStatistics statistics) {
        this.surveys = surveys;
        this.responses = responses;
        this.invitations = invitations;
        this.builder = builder;
        this.jdbc = jdbc;
        this.batch = batch;
        this.statistics = statistics;
    }

    // ---- the three ways in --------------------------------------------------------------------

    @Transactional(readOnly = true)
    public AnswerForm publicForm(String token) {
        Survey survey = openSurvey(token);
        return form(survey, Map.of(), Map.of(), SurveyUrls.publicLink(token), null);
    }

    @Transactional(readOnly = true)
    public AnswerForm invitationForm(String token) {
        SurveyInvitation invitation = invitation(token);
        Survey survey = usable(surveys.findById(invitation.surveyId()).orElseThrow());
        Optional<SurveyResponse> response = responses.findByInvitationId(invitation.id());
        if (response.isPresent() && response.get().submitted()) {
            throw new RefusedException(Refusal.ALREADY_SUBMITTED, survey.toView());
        }
        Map<String, List<String>> values = response.map(r -> stored(r.id())).orElse(Map.of());
        return form(survey, values, Map.of(), SurveyUrls.invitation(token), null);
    }

    @Transactional(readOnly = true)
    public AnswerForm resumeForm(String publicToken, String resumeToken) {
        Survey survey = surveyByToken(publicToken);
        SurveyResponse response = resumable(survey, resumeToken);
        usable(survey);
        return form(survey, stored(response.id()), Map.of(), SurveyUrls.resume(publicToken, resumeToken), null);
    }

    @Transactional(readOnly = true)
    public AnswerForm preview(int code, long id) {
        SurveyView s = builder.survey(code, id, Action.VIEW_INTERNAL);
        return new AnswerForm(s, builder.defs(id), Map.of(), Map.of(), "", true, null);
    }

    // ---- sending ------------------------------------------------------------------------------

    public Outcome answerPublic(String token, Map<String, String[]> params, boolean submit) {
        Survey survey = openSurvey(token);
        return store(survey, null, null, params, submit, SurveyUrls.publicLink(token));
    }

    public Outcome answerInvitation(String token, Map<String, String[]> params, boolean submit) {
        SurveyInvitation invitation = invitation(token);
        Survey survey = usable(surveys.findById(invitation.surveyId()).orElseThrow());
        SurveyResponse response = responses.findByInvitationId(invitation.id()).orElse(null);
        if (response != null && response.submitted()) {
            throw new RefusedException(Refusal.ALREADY_SUBMITTED, survey.toView());
        }
        return store(survey, response, invitation.id(), params, submit, SurveyUrls.invitation(token));
    }

    public Outcome answerResumed(String publicToken, String resumeToken, Map<String, String[]> params, boolean submit) {
        Survey survey = surveyByToken(publicToken);
        SurveyResponse response = resumable(survey, resumeToken);
        usable(survey);
        return store(survey, response, null, params, submit, SurveyUrls.resume(publicToken, resumeToken));
    }

    private Outcome store(
            Survey survey,
            SurveyResponse response,
            Long invitationId,
            Map<String, String[]> params,
            boolean submit,
            String action) {
        List<QuestionDef> questions = builder.defs(survey.id());
        AnswerSheet sheet = AnswerRules.read(questions, params, submit);
        if (!sheet.valid()) {
            return new Outcome(false, null, form(survey, sheet.raw(), sheet.problems(), action, null));
        }
        Instant now = builder.now();
        String resumeToken = null;
        if (response == null) {
            String hash = null;
            if (invitationId == null && !submit) {
                resumeToken = Tokens.fresh();
                hash = Tokens.hash(resumeToken);
            }
            response = responses.save(new SurveyResponse(survey.id(), invitationId, hash, now));
        } else {
            response.touch(now);
        }
        replaceAnswers(survey.id(), response.id(), sheet.values());
        if (submit) {
            response.submit(now);
        }
        responses.flush();
        return new Outcome(submit, resumeToken, form(survey, sheet.raw(), Map.of(), action, null));
    }

    void replaceAnswers(long surveyId, long responseId, List<AnswerValue> values) {
        jdbc.sql("delete from survey_answer where response_id = ?")
                .param(responseId)
                .update();
        // answers changed: stored statistics of the survey (if any) no longer hold; marked, so a large
        // open survey's page keeps its snapshot while it is counted again (ADR 0015)
        statistics.markStale(surveyId);
        if (values.isEmpty()) {
            return;
        }
        // the first row of each question marks that the respondent answered it (first_row, V82)
        Set<Long> seen = new HashSet<>();
        List<Map.Entry<AnswerValue, Boolean>> rows =
                values.stream().map(v -> Map.entry(v, seen.add(v.questionId()))).toList();
        // one JDBC batch for all answers of the response (a 30-question survey writes ~40 rows)
        batch.batchUpdate("""
                insert into survey_answer
                  (survey_id, response_id, question_id, row_no, choice, num_value, text_value, date_value, first_row)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            AnswerValue v = row.getKey();
            ps.setLong(1, surveyId);
            ps.setLong(2, responseId);
            ps.setLong(3, v.questionId());
            ps.setInt(4, v.row());
            ps.setObject(5, v.choice(), Types.INTEGER);
            ps.setBigDecimal(6, v.number());
            ps.setString(7, v.text());
            ps.setBoolean(9, row.getValue());
            ps.setDate(8, v.date() == null ? null : Date.valueOf(v.date()));
        });
    }

    // ---- helpers ------------------------------------------------------------------------------

    private AnswerForm form(
            Survey survey,
            Map<String, List<String>> values,
            Map<Long, Problem> problems,
            String action,
            String resume) {
        return new AnswerForm(survey.toView(), builder.defs(survey.id()), values, problems, action, false, resume);
    }

    /** The answers stored so far, as the form's field values. */
    private Map<String, List<String>> stored(long responseId) {
        Map<Long, QuestionKind> kinds = new HashMap<>();
        jdbc.sql(
                        "select q.id, q.kind from survey_question q join survey_response r on r.survey_id = q.survey_id where r.id = ?")
                .param(responseId)
                .query(rs -> {
                    kinds.put(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)));
                });
        Map<String, List<String>> values = new LinkedHashMap<>();
        jdbc.sql(
                        "select question_id, row_no, choice, num_value, text_value, date_value from survey_answer where response_id = ? order by id")
                .param(responseId)
                .query(rs -> {
                    long q = rs.getLong(1);
                    QuestionKind kind = kinds.get(q);
                    String field;
                    String value;
                    switch (kind) {
                        case MATRIX -> {
                            field = "q" + q + "_r" + rs.getInt(2);
                            value = String.valueOf(rs.getInt(3));
                        }
                        case RANKING -> {
                            field = "q" + q + "_o" + rs.getInt(2);
                            value = String.valueOf(rs.getInt(3));
                        }
                        case NUMBER -> {
                            field = "q" + q;
                            value = rs.getBigDecimal(4).stripTrailingZeros().toPlainString();
                        }
                        case SHORT_TEXT, LONG_TEXT -> {
                            field = "q" + q;
                            value = rs.getString(5);
                        }
                        case DATE -> {
                            field = "q" + q;
                            value = rs.getDate(6).toLocalDate().toString();
                        }
                        default -> {
                            field = "q" + q;
                            value = String.valueOf(rs.getInt(3));
                        }
                    }
                    values.computeIfAbsent(field, f -> new java.util.ArrayList<>())
                            .add(value);
                });
        return values;
    }

    private SurveyInvitation invitation(String token) {
        return invitations.findByTokenHash(Tokens.hash(token)).orElseThrow(() -> new NotFoundException("invitation"));
    }

    private SurveyResponse resumable(Survey survey, String resumeToken) {
        return responses
                .findByResumeHashAndSurveyId(Tokens.hash(resumeToken), survey.id())
                .orElseThrow(() -> new RefusedException(Refusal.ALREADY_SUBMITTED, survey.toView()));
    }

    private Survey surveyByToken(String token) {
        return surveys.findByPublicToken(token)
                .filter(s -> s.state() != SurveyState.DRAFT)
                .orElseThrow(() -> new NotFoundException("survey"));
    }

    private Survey openSurvey(String token) {
        return usable(surveyByToken(token));
    }

    private Survey usable(Survey survey) {
        Instant now = builder.now();
        if (survey.state() == SurveyState.DRAFT) {
            throw new NotFoundException("survey");
        }
        if (!survey.acceptsAnswers(now)) {
            throw new RefusedException(survey.notYetOpen(now) ? Refusal.NOT_YET_OPEN : Refusal.CLOSED, survey.toView());
        }
        return survey;
    }
}
