package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's survey builder: settings, questions, order, state. Once a survey has any
 * response, changes that would corrupt results (kinds, choices, conditions, order, adding or
 * deleting questions) are refused; texts may still be corrected.
 */
@Service
@Transactional
public class SurveyBuilder {

    static final int PAGE_SIZE = 20;

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyResponseRepository responses;
    private final SurveyInvitationRepository invitations;
    private final SurveyAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SurveyStoredStatistics statistics;

    SurveyBuilder(
            SurveyRepository surveys,
            SurveyQuestionRepository questions,
            SurveyResponseRepository responses,
            SurveyInvitationRepository invitations,
            SurveyAccess access,
            JdbcClient jdbc,
            ObjectProvider<Clock> clock,
            SurveyStoredStatistics statistics) {
        this.surveys = surveys;
        this.questions = questions;
        this.responses = responses;
        this.invitations = invitations;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
        this.statistics = statistics;
    }

    // ---- surveys ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<SurveySummary> list(int code, int page) {
        access.check(code, Action.VIEW_INTERNAL);
        return surveys.findByDistrictCode(
                        code,
                        PageRequest.of(
                                Math.max(page, 0),
                                PAGE_SIZE,
                                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .map(s -> new SurveySummary(s.toView(), responses.countBySurveyIdAndSubmittedTrue(s.id())));
    }

    long create(int code, SurveyForm form) {
        TerritoryRef orp = access.check(code, Action.EDIT_PLANNING);
        SurveySettings settings = settings(form);
        if (surveys.existsByDistrictCodeAndTitle(code, settings.title())) {
            throw new FormRejectedException("title", "survey.validation.title.duplicate");
        }
        Survey survey = surveys.save(new Survey(orp, settings, Tokens.fresh(), clock.instant()));
        audit(survey, "survey.audit.created", survey.title());
        return survey.id();
    }

    @Transactional(readOnly = true)
    public SurveyBuilderView builder(int code, long id) {
        access.check(code, Action.EDIT_PLANNING);
        return view(find(code, id));
    }

    @Transactional(readOnly = true)
    public SurveyView survey(int code, long id, Action action) {
        access.check(code, action);
        return find(code, id).toView();
    }

    @Transactional(readOnly = true)
    public List<QuestionDef> questions(int code, long id, Action action) {
        access.check(code, action);
        return defs(find(code, id).id());
    }

    void updateSettings(int code, long id, SurveyForm form) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        stale(survey, form.version(), form.title());
        SurveySettings settings = settings(form);
        if (!settings.title().equals(survey.title()) && surveys.existsByDistrictCodeAndTitle(code, settings.title())) {
            throw new FormRejectedException("title", "survey.validation.title.duplicate");
        }
        if (responses.countBySurveyId(id) > 0 && settings.anonymous() != survey.anonymous()) {
            throw new FormRejectedException("anonymous", "survey.validation.locked.anonymous");
        }
        survey.change(settings, clock.instant());
        audit(survey, "survey.audit.settings", survey.title());
    }

    void changeState(int code, long id, SurveyState target, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        stale(survey, version, null);
        boolean allowed = switch (target) {
            case OPEN -> survey.state() != SurveyState.OPEN;
            case CLOSED -> survey.state() == SurveyState.OPEN;
            case DRAFT -> survey.state() == SurveyState.OPEN && responses.countBySurveyId(id) == 0;
        };
        if (!allowed) {
            throw new FormRejectedException(null, "survey.validation.state");
        }
        if (target == SurveyState.OPEN
                && defs(id).stream().noneMatch(q -> q.kind().answerable())) {
            throw new FormRejectedException(null, "survey.validation.state.empty");
        }
        survey.moveTo(target, clock.instant());
        // stored statistics of a closed survey: computed again at the next view after closing
        statistics.invalidate(id);
        audit(survey, "survey.audit.state." + target.name(), survey.title());
    }

    void delete(int code, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        stale(survey, version, null);
        audit(survey, "survey.audit.deleted", survey.title());
        // answers and responses go with the survey (on delete cascade); conditions refer inside it
        jdbc.sql("update survey_question set condition_question_id = null where survey_id = ?")
                .param(id)
                .update();
        surveys.delete(survey);
    }

    // ---- questions ----------------------------------------------------------------------------

    long addQuestion(int code, long id, QuestionForm form) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        refuseIfAnswered(survey, SurveyUrls.builder(code, id));
        List<QuestionDef> all = defs(id);
        QuestionSpec spec = spec(form, all, all.size());
        SurveyQuestion q = questions.save(new SurveyQuestion(id, questions.maxPosition(id) + 1, spec));
        audit(survey, "survey.audit.question.added", q.text());
        return q.id();
    }

    void updateQuestion(int code, long id, long questionId, QuestionForm form) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        SurveyQuestion q = findQuestion(id, questionId);
        if (q.version() != form.version()) {
            throw new StaleEditException(
                    q.text(), form.text(), q.text(), SurveyUrls.question(code, id, questionId), false);
        }
        List<QuestionDef> all = defs(id);
        int index = indexOf(all, questionId);
        QuestionSpec spec = spec(form, all, index);
        if (responses.countBySurveyId(id) > 0 && !sameStructure(all.get(index), spec)) {
            throw new FormRejectedException(null, "survey.validation.locked.structure");
        }
        if (spec.kind() != all.get(index).kind()
                && !spec.kind().closed()
                && questions.existsByConditionQuestionId(questionId)) {
            throw new FormRejectedException("kind", "survey.validation.condition.referred");
        }
        q.change(spec);
        audit(survey, "survey.audit.question.changed", q.text());
    }

    void deleteQuestion(int code, long id, long questionId, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        SurveyQuestion q = findQuestion(id, questionId);
        if (q.version() != version) {
            throw new StaleEditException(q.text(), null, null, SurveyUrls.builder(code, id), false);
        }
        refuseIfAnswered(survey, SurveyUrls.builder(code, id));
        if (questions.existsByConditionQuestionId(questionId)) {
            throw new SurveyRefusedException("survey.validation.condition.referred", SurveyUrls.builder(code, id));
        }
        questions.delete(q);
        audit(survey, "survey.audit.question.deleted", q.text());
    }

    /** Moves a question one place up or down; refused when a condition would then refer forwards. */
    void move(int code, long id, long questionId, boolean up, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = find(code, id);
        refuseIfAnswered(survey, SurveyUrls.builder(code, id));
        List<SurveyQuestion> list = new ArrayList<>(questions.findBySurveyIdOrderByPositionAsc(id));
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i).id(), questionId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("question " + questionId);
        }
        if (list.get(index).version() != version) {
            throw new StaleEditException(list.get(index).text(), null, null, SurveyUrls.builder(code, id), false);
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.size()) {
            return;
        }
        SurveyQuestion moved = list.get(index);
        list.set(index, list.get(other));
        list.set(other, moved);
        List<QuestionDef> reordered = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            reordered.add(list.get(i).toDef(i));
        }
        if (!Conditions.allValid(reordered)) {
            throw new SurveyRefusedException("survey.validation.condition.move", SurveyUrls.builder(code, id));
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        audit(survey, "survey.audit.question.moved", moved.text());
    }

    @Transactional(readOnly = true)
    public QuestionDef question(int code, long id, long questionId) {
        access.check(code, Action.EDIT_PLANNING);
        find(code, id);
        return defs(id).stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("question " + questionId));
    }

    // ---- shared helpers -----------------------------------------------------------------------

    SurveyBuilderView view(Survey survey) {
        long id = survey.id();
        List<InvitationView> invited = jdbc.sql("""
                        select i.email, i.created_at, i.reminded_on, r.submitted
                        from survey_invitation i left join survey_response r on r.invitation_id = i.id
                        where i.survey_id = ? order by i.email""")
                .param(id)
                .query((rs, n) -> new InvitationView(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getBoolean(4)))
                .list();
        List<AuditEntry> audit = jdbc.sql(
                        "select at, actor, action from survey_audit where survey_id = ? order by at desc, id desc limit 20")
                .param(id)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
        return new SurveyBuilderView(
                survey.toView(),
                defs(id),
                responses.countBySurveyId(id),
                responses.countBySurveyIdAndSubmittedTrue(id),
                invited,
                audit);
    }

    List<QuestionDef> defs(long surveyId) {
        List<QuestionDef> out = new ArrayList<>();
        int number = 0;
        for (SurveyQuestion q : questions.findBySurveyIdOrderByPositionAsc(surveyId)) {
            QuestionDef d = q.toDef(0);
            out.add(d.kind().answerable() ? q.toDef(++number) : d);
        }
        return out;
    }

    Survey find(int code, long id) {
        return surveys.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("survey " + id));
    }

    void audit(Survey survey, String key, String detail) {
        String action = key + "|" + (detail == null ? "" : detail);
        jdbc.sql("insert into survey_audit (survey_id, district_code, at, actor, action) values (?, ?, ?, ?, ?)")
                .params(
                        survey.id(),
                        survey.districtCode(),
                        java.sql.Timestamp.from(clock.instant()),
                        access.actor(),
                        action.length() > 300 ? action.substring(0, 300) : action)
                .update();
    }

    Instant now() {
        return clock.instant();
    }

    private SurveyQuestion findQuestion(long surveyId, long questionId) {
        return questions
                .findByIdAndSurveyId(questionId, surveyId)
                .orElseThrow(() -> new NotFoundException("question " + questionId));
    }

    private void stale(Survey survey, long version, String submitted) {
        if (survey.version() != version) {
            throw new StaleEditException(
                    survey.title(),
                    submitted,
                    submitted == null ? null : survey.title(),
                    SurveyUrls.builder(survey.districtCode(), survey.id()),
                    false);
        }
    }

    private void refuseIfAnswered(Survey survey, String returnUrl) {
        if (responses.countBySurveyId(survey.id()) > 0) {
            throw new SurveyRefusedException("survey.validation.locked.structure", returnUrl);
        }
    }

    private static int indexOf(List<QuestionDef> all, long questionId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == questionId) {
                return i;
            }
        }
        throw new NotFoundException("question " + questionId);
    }

    /** With answers stored, only texts may change: kind, counts, range, requiredness and condition stay. */
    private static boolean sameStructure(QuestionDef old, QuestionSpec spec) {
        return old.kind() == spec.kind()
                && old.required() == spec.required()
                && old.options().size()
                        == (spec.kind().hasOptions() ? spec.options().size() : 0)
                && old.rows().size() == (spec.kind().hasRows() ? spec.rows().size() : 0)
                && Objects.equals(old.min(), spec.min())
                && Objects.equals(old.max(), spec.max())
                && Objects.equals(old.conditionQuestionId(), spec.conditionQuestionId())
                && Objects.equals(old.conditionChoice(), spec.conditionChoice());
    }

    /** Checks a question form against the questions before {@code index} (for its condition). */
    static QuestionSpec spec(QuestionForm form, List<QuestionDef> all, int index) {
        QuestionKind kind = form.kind();
        List<String> options = SurveyQuestion.lines(form.options());
        List<String> rows = SurveyQuestion.lines(form.rows());
        if (kind.hasOptions() && options.size() < 2) {
            throw new FormRejectedException("options", "survey.validation.options.few");
        }
        if (kind.hasOptions() && options.size() > 30) {
            throw new FormRejectedException("options", "survey.validation.options.many");
        }
        if (kind.hasOptions() && options.stream().distinct().count() < options.size()) {
            throw new FormRejectedException("options", "survey.validation.options.duplicate");
        }
        if (kind.hasRows() && (rows.isEmpty() || rows.size() > 30)) {
            throw new FormRejectedException("rows", "survey.validation.rows.count");
        }
        Integer min = null;
        Integer max = null;
        if (kind == QuestionKind.NUMBER) {
            min = integer(form.min(), "min");
            max = integer(form.max(), "max");
            if (min != null && max != null && min > max) {
                throw new FormRejectedException("max", "survey.validation.range");
            }
        }
        Long conditionId = null;
        Integer conditionChoice = null;
        if (form.condition() != null && !form.condition().isBlank()) {
            String[] parts = form.condition().split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                conditionId = Long.parseLong(parts[0]);
                conditionChoice = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new FormRejectedException("condition", "survey.validation.condition.notEarlier");
            }
            if (!kind.answerable()) {
                throw new FormRejectedException("condition", "survey.validation.condition.section");
            }
            Optional<String> problem = Conditions.problem(all, index, conditionId, conditionChoice);
            if (problem.isPresent()) {
                throw new FormRejectedException("condition", problem.get());
            }
        }
        return new QuestionSpec(
                kind,
                form.text(),
                form.help(),
                form.isRequired(),
                options,
                rows,
                min,
                max,
                conditionId,
                conditionChoice);
    }

    private static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip().replace(" ", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new FormRejectedException(field, "survey.validation.integer");
        }
    }

    static SurveySettings settings(SurveyForm form) {
        Instant opens = instant(form.opensAt(), "opensAt");
        Instant closes = instant(form.closesAt(), "closesAt");
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new FormRejectedException("closesAt", "survey.validation.dates");
        }
        return new SurveySettings(form.title(), form.intro(), form.audience(), form.isAnonymous(), opens, closes);
    }

    private static Instant instant(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip(), SurveyForm.LOCAL)
                    .atZone(CzechFormats.PRAGUE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new FormRejectedException(field, "survey.validation.dateTime");
        }
    }
}
