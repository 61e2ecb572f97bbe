package cz.planovna.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a respondent's form of any shape against the questions: unknown parameters are ignored,
 * values outside the choices, numbers outside the range, malformed dates and too long texts are
 * problems, required questions must be answered when submitting (not when only saving), and answers
 * to questions hidden by their display condition are discarded. Texts are kept as typed (pages
 * escape them).
 */
final class AnswerRules {

    static final int SHORT_TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 5000;
    private static final DateTimeFormatter CZECH_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private AnswerRules() {}

    static AnswerSheet read(List<QuestionDef> questions, Map<String, String[]> params, boolean submitting) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        Map<Long, Problem> problems = new LinkedHashMap<>();
        List<AnswerValue> values = new ArrayList<>();
        Map<Long, Set<Integer>> chosen = new HashMap<>();
        Set<Long> visible = new HashSet<>();
        for (QuestionDef q : questions) {
            if (!q.kind().answerable()) {
                visible.add(q.id());
                continue;
            }
            if (!Conditions.shown(q, visible, chosen)) {
                continue; // hidden: whatever was sent for it is discarded
            }
            visible.add(q.id());
            List<AnswerValue> mine = new ArrayList<>();
            Problem problem = readOne(q, params, raw, mine);
            if (problem == null && submitting && q.required() && mine.isEmpty()) {
                problem = Problem.of("survey.answer.required");
            }
            if (problem == null && submitting && q.required() && q.kind() == QuestionKind.MATRIX) {
                if (mine.size() < q.rows().size()) {
                    problem = Problem.of("survey.answer.matrix.incomplete");
                }
            }
            if (problem == null
                    && q.kind() == QuestionKind.RANKING
                    && !mine.isEmpty()
                    && mine.size() != q.options().size()) {
                problem = Problem.of(
                        "survey.answer.ranking.incomplete", q.options().size());
            }
            if (problem != null) {
                problems.put(q.id(), problem);
                continue;
            }
            values.addAll(mine);
            if (q.kind().closed()) {
                Set<Integer> picks = new TreeSet<>();
                mine.forEach(v -> picks.add(v.choice()));
                chosen.put(q.id(), picks);
            }
        }
        return new AnswerSheet(List.copyOf(values), problems, raw, visible);
    }

    private static Problem readOne(
            QuestionDef q, Map<String, String[]> params, Map<String, List<String>> raw, List<AnswerValue> out) {
        switch (q.kind()) {
            case SINGLE, YES_NO -> {
                List<String> given = given(params, q.field(), raw);
                if (given.isEmpty()) {
                    return null;
                }
                if (given.size() > 1) {
                    return Problem.of("survey.answer.onlyOne");
                }
                Integer c = choice(given.get(0), q.choiceCount());
                if (c == null) {
                    return Problem.of("survey.answer.notAChoice");
                }
                out.add(AnswerValue.choice(q.id(), 0, c));
                return null;
            }
            case MULTIPLE -> {
                List<String> given = given(params, q.field(), raw);
                Set<Integer> picks = new TreeSet<>();
                for (String g : given) {
                    Integer c = choice(g, q.choiceCount());
                    if (c == null) {
                        return Problem.of("survey.answer.notAChoice");
                    }
                    picks.add(c);
                }
                picks.forEach(c -> out.add(AnswerValue.choice(q.id(), 0, c)));
                return null;
            }
            case MATRIX -> {
                for (int r = 0; r < q.rows().size(); r++) {
                    List<String> given = given(params, q.rowField(r), raw);
                    if (given.isEmpty()) {
                        continue;
                    }
                    Integer c = given.size() == 1 ? choice(given.get(0), q.choiceCount()) : null;
                    if (c == null) {
                        return Problem.of("survey.answer.notAChoice");
                    }
                    out.add(AnswerValue.choice(q.id(), r, c));
                }
                return null;
            }
            case RANKING -> {
                Set<Integer> ranks = new HashSet<>();
                for (int o = 0; o < q.options().size(); o++) {
                    List<String> given = given(params, q.optionField(o), raw);
                    if (given.isEmpty()) {
                        continue;
                    }
                    Integer rank =
                            given.size() == 1 ? choice(given.get(0), q.options().size() + 1) : null;
                    if (rank == null || rank == 0) {
                        return Problem.of(
                                "survey.answer.ranking.range", q.options().size());
                    }
                    if (!ranks.add(rank)) {
                        return Problem.of("survey.answer.ranking.duplicate");
                    }
                    out.add(AnswerValue.choice(q.id(), o, rank));
                }
                return null;
            }
            case NUMBER -> {
                String s = single(params, q.field(), raw);
                if (s == null) {
                    return null;
                }
                BigDecimal n;
                try {
                    n = new BigDecimal(s.replace(" ", "").replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    return Problem.of("survey.answer.number.invalid");
                }
                if (n.abs().compareTo(new BigDecimal("1000000000000")) >= 0 || n.scale() > 4) {
                    return Problem.of("survey.answer.number.invalid");
                }
                if (q.min() != null && n.compareTo(BigDecimal.valueOf(q.min())) < 0
                        || q.max() != null && n.compareTo(BigDecimal.valueOf(q.max())) > 0) {
                    return Problem.of("survey.answer.number.range", bound(q.min()), bound(q.max()));
                }
                out.add(AnswerValue.number(q.id(), n.stripTrailingZeros()));
                return null;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String s = single(params, q.field(), raw);
                if (s == null) {
                    return null;
                }
                int limit = q.kind() == QuestionKind.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
                if (s.length() > limit) {
                    return Problem.of("survey.answer.text.long", limit);
                }
                out.add(AnswerValue.text(q.id(), s));
                return null;
            }
            case DATE -> {
                String s = single(params, q.field(), raw);
                if (s == null) {
                    return null;
                }
                LocalDate d = date(s);
                if (d == null || d.getYear() < 1900 || d.getYear() > 2200) {
                    return Problem.of("survey.answer.date.invalid");
                }
                out.add(AnswerValue.date(q.id(), d));
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String bound(Integer b) {
        return b == null ? "–" : String.valueOf(b);
    }

    /** The non-blank values sent under a name, remembered for showing the form again. */
    private static List<String> given(Map<String, String[]> params, String name, Map<String, List<String>> raw) {
        String[] values = params.get(name);
        if (values == null) {
            return List.of();
        }
        List<String> list = Arrays.stream(values)
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
        if (!list.isEmpty()) {
            raw.put(name, list);
        }
        return list;
    }

    private static String single(Map<String, String[]> params, String name, Map<String, List<String>> raw) {
        List<String> given = given(params, name, raw);
        return given.isEmpty() ? null : String.join(" ", given);
    }

    /** A choice index in [0, count), or null. */
    private static Integer choice(String s, int count) {
        try {
            int c = Integer.parseInt(s);
            return c >= 0 && c < count ? c : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.replace(" ", ""), CZECH_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
