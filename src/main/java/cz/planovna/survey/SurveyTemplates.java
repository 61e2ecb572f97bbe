package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ready-made questionnaires other modules may create for an ORP. The evaluation of the planning
 * process asks its participants through {@link #createProcessEvaluation(int)}: a draft anonymous
 * questionnaire whose texts come from the messages in the current locale, which the coordinator then
 * adjusts and opens in the builder as usual. Access (EDIT_PLANNING of the ORP) is checked by the
 * builder.
 */
@Service
@Transactional
public class SurveyTemplates {

    static final String PROCESS = "survey.template.process.";

    /** The questions of the process evaluation: kind and message key; scales are single choices 1–5. */
    static final List<Template> PROCESS_QUESTIONS = List.of(
            new Template(QuestionKind.SINGLE, "role", true),
            new Template(QuestionKind.SINGLE, "meetings", false),
            new Template(QuestionKind.SINGLE, "information", false),
            new Template(QuestionKind.SINGLE, "heard", false),
            new Template(QuestionKind.SINGLE, "organisation", false),
            new Template(QuestionKind.SINGLE, "overall", false),
            new Template(QuestionKind.LONG_TEXT, "worked", false),
            new Template(QuestionKind.LONG_TEXT, "improve", false));

    record Template(QuestionKind kind, String key, boolean ownOptions) {}

    private final SurveyBuilder builder;
    private final SurveyRepository surveys;
    private final MessageSource messages;
    private final SurveyAccess access;

    SurveyTemplates(SurveyBuilder builder, SurveyRepository surveys, MessageSource messages, SurveyAccess access) {
        this.builder = builder;
        this.surveys = surveys;
        this.messages = messages;
        this.access = access;
    }

    /**
     * Creates the draft questionnaire "Hodnocení procesu komunitního plánování" for the ORP (a
     * number is added to the title when the ORP already has one of that name) and returns its id.
     */
    public long createProcessEvaluation(int code) {
        access.check(code, Action.EDIT_PLANNING);
        Locale locale = LocaleContextHolder.getLocale();
        String base = msg(PROCESS + "title", locale);
        String title = base;
        for (int n = 2; surveys.existsByDistrictCodeAndTitle(code, title); n++) {
            title = base + " (" + n + ")";
        }
        long id = builder.create(
                code,
                new SurveyForm(
                        title, msg(PROCESS + "intro", locale), msg(PROCESS + "audience", locale), true, "", "", 0));
        for (Template t : PROCESS_QUESTIONS) {
            String options = t.kind().hasOptions()
                    ? msg(PROCESS + (t.ownOptions() ? "q." + t.key() + ".options" : "scale"), locale)
                    : "";
            builder.addQuestion(
                    code,
                    id,
                    new QuestionForm(
                            t.kind(), msg(PROCESS + "q." + t.key(), locale), "", false, options, "", "", "", "", 0));
        }
        return id;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
