package cz.planovna.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side checks of answers of any shape, one test per kind of bad input, and conditions. */
class AnswerRulesTest {

    static QuestionDef q(long id, QuestionKind kind, boolean required, List<String> options, List<String> rows) {
        return new QuestionDef(
                id, (int) id, (int) id, kind, "Otázka " + id, null, required, options, rows, null, null, null, null, 0);
    }

    static QuestionDef number(long id, Integer min, Integer max) {
        return new QuestionDef(
                id,
                (int) id,
                (int) id,
                QuestionKind.NUMBER,
                "Číslo",
                null,
                false,
                List.of(),
                List.of(),
                min,
                max,
                null,
                null,
                0);
    }

    static QuestionDef when(QuestionDef q, long source, int choice) {
        return new QuestionDef(
                q.id(),
                q.position(),
                q.number(),
                q.kind(),
                q.text(),
                q.help(),
                q.required(),
                q.options(),
                q.rows(),
                q.min(),
                q.max(),
                source,
                choice,
                0);
    }

    static final QuestionDef SINGLE = q(1, QuestionKind.SINGLE, true, List.of("a", "b", "c"), List.of());
    static final QuestionDef MULTI = q(2, QuestionKind.MULTIPLE, false, List.of("x", "y", "z"), List.of());
    static final QuestionDef MATRIX = q(3, QuestionKind.MATRIX, true, List.of("1", "2", "3", "4"), List.of("r1", "r2"));
    static final QuestionDef RANK = q(4, QuestionKind.RANKING, false, List.of("p", "q", "r"), List.of());

    static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] old = map.get(pairs[i]);
            if (old == null) {
                map.put(pairs[i], new String[] {pairs[i + 1]});
            } else {
                String[] more = java.util.Arrays.copyOf(old, old.length + 1);
                more[old.length] = pairs[i + 1];
                map.put(pairs[i], more);
            }
        }
        return map;
    }

    @Test
    void validAnswersOfEveryKindBecomeValues() {
        QuestionDef yes = q(5, QuestionKind.YES_NO, false, List.of(), List.of());
        QuestionDef num = number(6, 0, 100);
        QuestionDef shortText = q(7, QuestionKind.SHORT_TEXT, false, List.of(), List.of());
        QuestionDef date = q(8, QuestionKind.DATE, false, List.of(), List.of());
        AnswerSheet sheet = AnswerRules.read(
                List.of(SINGLE, MULTI, MATRIX, RANK, yes, num, shortText, date),
                params(
                        "q1",
                        "2",
                        "q2",
                        "0",
                        "q2",
                        "2",
                        "q3_r0",
                        "3",
                        "q3_r1",
                        "0",
                        "q4_o0",
                        "2",
                        "q4_o1",
                        "3",
                        "q4_o2",
                        "1",
                        "q5",
                        "1",
                        "q6",
                        "12,5",
                        "q7",
                        "<b>ahoj</b>",
                        "q8",
                        "2027-03-15",
                        "unknown",
                        "x"),
                true);

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.values())
                .containsExactly(
                        AnswerValue.choice(1, 0, 2),
                        AnswerValue.choice(2, 0, 0),
                        AnswerValue.choice(2, 0, 2),
                        AnswerValue.choice(3, 0, 3),
                        AnswerValue.choice(3, 1, 0),
                        AnswerValue.choice(4, 0, 2),
                        AnswerValue.choice(4, 1, 3),
                        AnswerValue.choice(4, 2, 1),
                        AnswerValue.choice(5, 0, 1),
                        AnswerValue.number(6, new BigDecimal("12.5")),
                        // HTML is kept as typed text; pages escape it
                        AnswerValue.text(7, "<b>ahoj</b>"),
                        AnswerValue.date(8, LocalDate.of(2027, 3, 15)));
    }

    @Test
    void missingRequiredAnswersAreProblemsOnlyWhenSubmitting() {
        AnswerSheet submitted = AnswerRules.read(List.of(SINGLE, MATRIX), params("q3_r0", "1"), true);
        assertThat(submitted.problems().get(1L).key()).isEqualTo("survey.answer.required");
        assertThat(submitted.problems().get(3L).key()).isEqualTo("survey.answer.matrix.incomplete");

        AnswerSheet saved = AnswerRules.read(List.of(SINGLE, MATRIX), params("q3_r0", "1"), false);
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.values()).containsExactly(AnswerValue.choice(3, 0, 1));
    }

    @Test
    void valuesOutsideTheChoicesAreRefused() {
        assertThat(AnswerRules.read(List.of(SINGLE), params("q1", "3"), true)
                        .problems()
                        .get(1L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
        assertThat(AnswerRules.read(List.of(SINGLE), params("q1", "-1"), true)
                        .problems()
                        .get(1L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
        assertThat(AnswerRules.read(List.of(SINGLE), params("q1", "<script>"), true)
                        .problems()
                        .get(1L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
        assertThat(AnswerRules.read(List.of(SINGLE), params("q1", "0", "q1", "1"), true)
                        .problems()
                        .get(1L)
                        .key())
                .isEqualTo("survey.answer.onlyOne");
        assertThat(AnswerRules.read(List.of(MULTI), params("q2", "0", "q2", "7"), true)
                        .problems()
                        .get(2L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
        assertThat(AnswerRules.read(List.of(MATRIX), params("q3_r0", "4", "q3_r1", "0"), true)
                        .problems()
                        .get(3L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
        QuestionDef yes = q(5, QuestionKind.YES_NO, false, List.of(), List.of());
        assertThat(AnswerRules.read(List.of(yes), params("q5", "2"), true)
                        .problems()
                        .get(5L)
                        .key())
                .isEqualTo("survey.answer.notAChoice");
    }

    @Test
    void numbersOutsideTheRangeOrNotNumbersAreRefused() {
        QuestionDef num = number(6, 0, 100);
        Problem range = AnswerRules.read(List.of(num), params("q6", "101"), true)
                .problems()
                .get(6L);
        assertThat(range.key()).isEqualTo("survey.answer.number.range");
        assertThat(range.args()).containsExactly("0", "100");
        assertThat(AnswerRules.read(List.of(num), params("q6", "-0,5"), true)
                        .problems()
                        .get(6L)
                        .key())
                .isEqualTo("survey.answer.number.range");
        assertThat(AnswerRules.read(List.of(num), params("q6", "deset"), true)
                        .problems()
                        .get(6L)
                        .key())
                .isEqualTo("survey.answer.number.invalid");
        assertThat(AnswerRules.read(List.of(num), params("q6", "1e400"), true)
                        .problems()
                        .get(6L)
                        .key())
                .isEqualTo("survey.answer.number.invalid");
        assertThat(AnswerRules.read(List.of(num), params("q6", "1 000"), true)
                        .problems()
                        .get(6L)
                        .key())
                .isEqualTo("survey.answer.number.range");
        assertThat(AnswerRules.read(List.of(num), params("q6", "100"), true).values())
                .containsExactly(AnswerValue.number(6, new BigDecimal("1E+2")));
    }

    @Test
    void tooLongTextsAndBadDatesAreRefused() {
        QuestionDef shortText = q(7, QuestionKind.SHORT_TEXT, false, List.of(), List.of());
        QuestionDef date = q(8, QuestionKind.DATE, false, List.of(), List.of());
        assertThat(AnswerRules.read(List.of(shortText), params("q7", "x".repeat(301)), true)
                        .problems()
                        .get(7L)
                        .args())
                .containsExactly(300);
        assertThat(AnswerRules.read(List.of(date), params("q8", "31. 2. 2027"), true)
                        .problems()
                        .get(8L)
                        .key())
                .isEqualTo("survey.answer.date.invalid");
        assertThat(AnswerRules.read(List.of(date), params("q8", "15. 3. 2027"), true)
                        .values())
                .containsExactly(AnswerValue.date(8, LocalDate.of(2027, 3, 15)));
    }

    @Test
    void rankingsMustBeCompleteAndDistinct() {
        assertThat(AnswerRules.read(List.of(RANK), params("q4_o0", "1", "q4_o1", "1", "q4_o2", "2"), true)
                        .problems()
                        .get(4L)
                        .key())
                .isEqualTo("survey.answer.ranking.duplicate");
        assertThat(AnswerRules.read(List.of(RANK), params("q4_o0", "1"), false)
                        .problems()
                        .get(4L)
                        .key())
                .isEqualTo("survey.answer.ranking.incomplete");
        assertThat(AnswerRules.read(List.of(RANK), params("q4_o0", "4", "q4_o1", "1", "q4_o2", "2"), true)
                        .problems()
                        .get(4L)
                        .key())
                .isEqualTo("survey.answer.ranking.range");
        assertThat(AnswerRules.read(List.of(RANK), params(), true).problems()).isEmpty();
    }

    @Test
    void answersToHiddenQuestionsAreDiscardedAndTheirRulesNotApplied() {
        QuestionDef gate = q(10, QuestionKind.YES_NO, true, List.of(), List.of());
        QuestionDef follow = when(q(11, QuestionKind.SINGLE, true, List.of("a", "b"), List.of()), 10, 0);
        QuestionDef deeper = when(q(12, QuestionKind.SHORT_TEXT, false, List.of(), List.of()), 11, 1);
        List<QuestionDef> all = List.of(gate, follow, deeper);

        // "no" at the gate: the follow-up is hidden, its (even invalid) answer discarded, and the
        // question depending on the hidden one is hidden too
        AnswerSheet no = AnswerRules.read(all, params("q10", "1", "q11", "9", "q12", "text"), true);
        assertThat(no.problems()).isEmpty();
        assertThat(no.values()).containsExactly(AnswerValue.choice(10, 0, 1));
        assertThat(no.visible()).containsExactlyInAnyOrder(10L);

        // "yes": the follow-up shows and is required
        AnswerSheet yes = AnswerRules.read(all, params("q10", "0"), true);
        assertThat(yes.problems().get(11L).key()).isEqualTo("survey.answer.required");

        AnswerSheet chain = AnswerRules.read(all, params("q10", "0", "q11", "1", "q12", "proč"), true);
        assertThat(chain.problems()).isEmpty();
        assertThat(chain.values()).hasSize(3);
    }

    @Test
    void conditionsMayReferOnlyToEarlierClosedQuestionsWithAnExistingChoice() {
        QuestionDef text = q(20, QuestionKind.SHORT_TEXT, false, List.of(), List.of());
        QuestionDef gate = q(21, QuestionKind.SINGLE, false, List.of("a", "b"), List.of());
        QuestionDef later = q(22, QuestionKind.YES_NO, false, List.of(), List.of());
        List<QuestionDef> all = List.of(text, gate, later);

        assertThat(Conditions.problem(all, 2, 21L, 1)).isEmpty();
        assertThat(Conditions.problem(all, 2, 21L, 2)).contains("survey.validation.condition.choice");
        assertThat(Conditions.problem(all, 2, 20L, 0)).contains("survey.validation.condition.notClosed");
        // itself or a later question: refused, which rules out cycles
        assertThat(Conditions.problem(all, 1, 21L, 0)).contains("survey.validation.condition.notEarlier");
        assertThat(Conditions.problem(all, 1, 22L, 0)).contains("survey.validation.condition.notEarlier");
        assertThat(Conditions.problem(all, 1, 999L, 0)).contains("survey.validation.condition.notEarlier");

        assertThat(Conditions.allValid(List.of(gate, when(later, 21, 0)))).isTrue();
        assertThat(Conditions.allValid(List.of(when(later, 21, 0), gate))).isFalse();
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertThat(SurveyExports.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SurveyExports.csvCell("-12")).isEqualTo("-12");
        assertThat(SurveyExports.csvCell("a,b")).isEqualTo("\"a,b\"");
    }
}
