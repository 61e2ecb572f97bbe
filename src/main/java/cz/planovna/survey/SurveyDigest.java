package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.text.CzechCollation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of an ORP's questionnaires: the ones to pick from, a linked one with
 * its number of responses, and aggregated results that may be published (counts and means only,
 * never the text of an answer).
 */
@Service
@Transactional(readOnly = true)
public class SurveyDigest {

    static final int CHOICES_MAX = 200;

    /** A questionnaire to pick. */
    public record Choice(long id, String title, SurveyState state) {}

    /** A linked questionnaire: where its builder is and how many responses it has. */
    public record Linked(long id, String title, SurveyState state, long submitted, String url) {}

    /** How a question's answers are summarised: a scale 1–n (mean), choices (counts), texts (a count). */
    public enum Kind {
        SCALE,
        CHOICE,
        TEXT,
        OTHER
    }

    /** One choice and how many picked it. */
    public record Count(String label, long count) {}

    /** A question's summary; {@code mean} only for scales (2 decimals), {@code counts} for choices. */
    public record Item(
            int number, String text, Kind kind, long answered, BigDecimal mean, Integer scaleMax, List<Count> counts) {}

    public record Aggregate(long id, String title, long submitted, List<Item> items) {}

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final SurveyBuilder builder;
    private final SurveyResults results;
    private final SurveyAccess access;

    SurveyDigest(
            SurveyRepository surveys,
            SurveyResponseRepository responses,
            SurveyBuilder builder,
            SurveyResults results,
            SurveyAccess access) {
        this.surveys = surveys;
        this.responses = responses;
        this.builder = builder;
        this.results = results;
        this.access = access;
    }

    /** The ORP's questionnaires in Czech order of their titles (for the coordinator, EDIT_PLANNING). */
    public List<Choice> choices(int code) {
        access.check(code, Action.EDIT_PLANNING);
        return surveys.findByDistrictCode(code, PageRequest.of(0, CHOICES_MAX)).stream()
                .map(s -> new Choice(s.id(), s.title(), s.state()))
                .sorted(CzechCollation.comparing(Choice::title))
                .toList();
    }

    /** A questionnaire of the ORP (VIEW_INTERNAL); empty when it does not exist (any more). */
    public Optional<Linked> linked(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return surveys.findByIdAndDistrictCode(id, code)
                .map(s -> new Linked(
                        s.id(),
                        s.title(),
                        s.state(),
                        responses.countBySurveyIdAndSubmittedTrue(id),
                        SurveyUrls.builder(code, id)));
    }

    /**
     * Aggregated results of a questionnaire of the ORP: per question the number of answers, the
     * mean of a scale, counts of choices; open answers only counted. The caller decides who reads
     * it (an evaluation document, also a published one), so no access is checked here and no text
     * of an answer leaves the module.
     */
    public Optional<Aggregate> aggregate(int code, long id) {
        return surveys.findByIdAndDistrictCode(id, code).map(s -> {
            SurveyResults.Report report = results.compute(s.toView(), builder.defs(id), null);
            List<Item> items = new ArrayList<>();
            for (SurveyResults.QuestionResult r : report.questions()) {
                items.add(item(r));
            }
            return new Aggregate(id, s.title(), report.submitted(), List.copyOf(items));
        });
    }

    static Item item(SurveyResults.QuestionResult r) {
        QuestionDef q = r.question();
        if (q.kind().text()) {
            return new Item(q.number(), q.text(), Kind.TEXT, r.answered(), null, null, List.of());
        }
        if (!q.kind().closed()) {
            return new Item(q.number(), q.text(), Kind.OTHER, r.answered(), null, null, List.of());
        }
        List<Count> counts =
                r.bars().stream().map(b -> new Count(b.label(), b.count())).toList();
        int[] scale = scale(q);
        if (scale.length == 0) {
            return new Item(q.number(), q.text(), Kind.CHOICE, r.answered(), null, null, counts);
        }
        long sum = 0;
        long n = 0;
        for (SurveyResults.Bar b : r.bars()) {
            sum += (long) scale[b.choice()] * b.count();
            n += b.count();
        }
        BigDecimal mean =
                n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        return new Item(q.number(), q.text(), Kind.SCALE, r.answered(), mean, scale[scale.length - 1], counts);
    }

    /**
     * The values of a single-choice scale: options that begin with consecutive whole numbers from 1
     * ("1 – velmi nespokojen/a", "2", … "5 – velmi spokojen/a"); empty for anything else.
     */
    static int[] scale(QuestionDef q) {
        if (q.kind() != QuestionKind.SINGLE || q.options().size() < 2) {
            return new int[0];
        }
        int[] values = new int[q.options().size()];
        for (int i = 0; i < values.length; i++) {
            String o = q.options().get(i).strip();
            int end = 0;
            while (end < o.length() && Character.isDigit(o.charAt(end))) {
                end++;
            }
            if (end == 0 || end > 2 || Integer.parseInt(o.substring(0, end)) != i + 1) {
                return new int[0];
            }
            if (end < o.length() && Character.isLetterOrDigit(o.charAt(end))) {
                return new int[0];
            }
            values[i] = i + 1;
        }
        return values;
    }
}
