package cz.planovna.survey;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.pdf.HtmlToPdf;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The results of a survey as a printable, tagged PDF for the ORP's team (VIEW_INTERNAL): the same
 * aggregate figures as the results page ({@link SurveyResults}), per closed question a bar chart
 * and a table, matrix rows with their shares, free-text answers (the first {@link #TEXTS} of each
 * question, the rest counted) and the cross-tabulation chosen on the results page.
 */
@Service
@Transactional(readOnly = true)
public class SurveyReportPdf {

    /** Free-text answers printed per question; the rest is only counted. */
    static final int TEXTS = 15;

    /** Text answers of one question printed in the report, and how many more there are. */
    public record Texts(List<String> shown, long more) {}

    /** What the template gets. */
    public record Model(
            SurveyResults.Report report,
            String orpName,
            LocalDate opens,
            LocalDate closes,
            LocalDate printedOn,
            Map<Long, Texts> texts) {

        public Texts texts(long questionId) {
            return texts.getOrDefault(questionId, new Texts(List.of(), 0));
        }
    }

    private final SurveyResults results;
    private final SurveyAccess access;
    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final CzechFormats fmt;
    private final Clock clock;

    SurveyReportPdf(
            SurveyResults results,
            SurveyAccess access,
            JdbcClient jdbc,
            ITemplateEngine templates,
            HtmlToPdf pdf,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.results = results;
        this.access = access;
        this.jdbc = jdbc;
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    public String fileName(long id) {
        return "dotaznik-" + id + "-vysledky.pdf";
    }

    /** The report; checks VIEW_INTERNAL on the ORP (403) and that the survey is the ORP's (404). */
    public byte[] render(int code, long id, Long byQuestionId, Locale locale) {
        SurveyResults.Report report = results.report(code, id, byQuestionId);
        return pdf.renderTagged(
                templates.process("survey/results-pdf", context(code, report, locale)), locale.getLanguage());
    }

    Context context(int code, SurveyResults.Report report, Locale locale) {
        Map<Long, Texts> texts = new HashMap<>();
        for (SurveyResults.QuestionResult r : report.questions()) {
            if (r.question().kind().text() && r.answered() > 0) {
                texts.put(
                        r.question().id(),
                        texts(report.survey().id(), r.question().id(), r.answered()));
            }
        }
        SurveyView s = report.survey();
        Model model = new Model(
                report, access.info(code).name(), day(s.opensAt()), day(s.closesAt()), LocalDate.now(clock), texts);
        Context context = new Context(locale);
        context.setVariable("m", model);
        context.setVariable("fmt", fmt);
        return context;
    }

    private Texts texts(long surveyId, long questionId, long total) {
        List<String> shown = jdbc.sql("""
                        select a.text_value
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where a.survey_id = ? and a.question_id = ? and r.submitted = true and a.text_value is not null
                        order by a.id limit ?""")
                .params(surveyId, questionId, TEXTS)
                .query(String.class)
                .list();
        return new Texts(shown, Math.max(0, total - shown.size()));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CzechFormats.PRAGUE);
    }
}
