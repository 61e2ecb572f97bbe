package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of a survey's submitted responses, one row per response and one column per answer
 * (matrix rows and ranked options get a column each, multiple choices are joined by "; "). Answers
 * are streamed from the database in response order; CSV cells that a spreadsheet would take for a
 * formula are prefixed with an apostrophe.
 */
@Service
@Transactional(readOnly = true)
public class SurveyExports {

    private final SurveyBuilder builder;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    SurveyExports(SurveyBuilder builder, JdbcClient jdbc, MessageSource messages) {
        this.builder = builder;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A column of the export: which question (and row/option) it shows. */
    record Column(QuestionDef question, int row, String heading) {}

    public String fileName(int code, long id, String extension) {
        SurveyView s = builder.survey(code, id, Action.VIEW_INTERNAL);
        return "dotaznik-" + s.id() + "." + extension;
    }

    public void csv(int code, long id, Locale locale, OutputStream out) {
        builder.survey(code, id, Action.VIEW_INTERNAL);
        List<Column> columns = columns(builder.defs(id), locale);
        try {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(fixedHeadings(locale));
            columns.forEach(c -> header.add(c.heading()));
            writeCsv(w, header);
            rows(id, columns, locale, cells -> {
                try {
                    writeCsv(w, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(int code, long id, Locale locale, OutputStream out) {
        builder.survey(code, id, Action.VIEW_INTERNAL);
        List<Column> columns = columns(builder.defs(id), locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.getMessage("survey.export.sheet", null, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<String> header = new ArrayList<>(fixedHeadings(locale));
            columns.forEach(c -> header.add(c.heading()));
            for (int i = 0; i < header.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows(id, columns, locale, cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (i == 0 || isNumberColumn(columns, i)) {
                        try {
                            cell.setCellValue(new BigDecimal(v).doubleValue());
                            continue;
                        } catch (NumberFormatException e) {
                            // fall through to text
                        }
                    }
                    cell.setCellValue(v);
                }
            });
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumberColumn(List<Column> columns, int cellIndex) {
        int c = cellIndex - 2;
        return c >= 0
                && c < columns.size()
                && (columns.get(c).question().kind() == QuestionKind.NUMBER
                        || columns.get(c).question().kind() == QuestionKind.RANKING);
    }

    private List<String> fixedHeadings(Locale locale) {
        return List.of(
                messages.getMessage("survey.export.response", null, locale),
                messages.getMessage("survey.export.submittedAt", null, locale));
    }

    List<Column> columns(List<QuestionDef> questions, Locale locale) {
        List<Column> columns = new ArrayList<>();
        for (QuestionDef q : questions) {
            if (!q.kind().answerable()) {
                continue;
            }
            String base = "Q" + q.number() + " " + q.text();
            switch (q.kind()) {
                case MATRIX -> {
                    for (int r = 0; r < q.rows().size(); r++) {
                        columns.add(new Column(q, r, base + " – " + q.rows().get(r)));
                    }
                }
                case RANKING -> {
                    for (int o = 0; o < q.options().size(); o++) {
                        columns.add(new Column(
                                q,
                                o,
                                base + " – " + q.options().get(o) + " "
                                        + messages.getMessage("survey.export.rank", null, locale)));
                    }
                }
                default -> columns.add(new Column(q, 0, base));
            }
        }
        return columns;
    }

    /** Streams the submitted responses as rows of cells, in response order. */
    private void rows(long surveyId, List<Column> columns, Locale locale, Consumer<List<String>> sink) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).question().id() + ":" + columns.get(i).row(), i);
        }
        Map<Long, QuestionDef> byId = new HashMap<>();
        columns.forEach(c -> byId.put(c.question().id(), c.question()));
        String yes = messages.getMessage("survey.yes", null, locale);
        String no = messages.getMessage("survey.no", null, locale);
        long[] current = {-1};
        Instant[] submittedAt = {null};
        String[][] cells = {new String[columns.size()]};
        Runnable flush = () -> {
            if (current[0] >= 0) {
                List<String> row = new ArrayList<>(columns.size() + 2);
                row.add(String.valueOf(current[0]));
                row.add(
                        submittedAt[0] == null
                                ? ""
                                : LocalDateTime.ofInstant(submittedAt[0], CzechFormats.PRAGUE)
                                        .toString()
                                        .replace('T', ' '));
                for (String c : cells[0]) {
                    row.add(c == null ? "" : c);
                }
                sink.accept(row);
            }
        };
        jdbc.sql("""
                        select r.id, r.submitted_at, a.question_id, a.row_no, a.choice, a.num_value, a.text_value, a.date_value
                        from survey_response r left join survey_answer a on a.response_id = r.id
                        where r.survey_id = ? and r.submitted = true
                        order by r.id, a.question_id, a.row_no, a.choice""").param(surveyId).query(rs -> {
            long responseId = rs.getLong(1);
            if (responseId != current[0]) {
                flush.run();
                current[0] = responseId;
                submittedAt[0] =
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant();
                cells[0] = new String[columns.size()];
            }
            long qid = rs.getLong(3);
            if (rs.wasNull()) {
                return;
            }
            QuestionDef q = byId.get(qid);
            Integer i = index.get(qid + ":" + rs.getInt(4));
            if (q == null || i == null) {
                return;
            }
            String value = switch (q.kind()) {
                case SINGLE, MULTIPLE -> label(q.options(), rs.getInt(5));
                case YES_NO -> rs.getInt(5) == 0 ? yes : no;
                case MATRIX -> label(q.options(), rs.getInt(5));
                case RANKING -> String.valueOf(rs.getInt(5));
                case NUMBER -> rs.getBigDecimal(6).stripTrailingZeros().toPlainString();
                case DATE -> rs.getDate(8).toLocalDate().toString();
                default -> rs.getString(7);
            };
            cells[0][i] = cells[0][i] == null ? value : cells[0][i] + "; " + value;
        });
        flush.run();
    }

    private static String label(List<String> options, int choice) {
        return choice >= 0 && choice < options.size() ? options.get(choice) : String.valueOf(choice);
    }

    private static void writeCsv(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** Quoted as RFC 4180 needs; a leading =, +, -, @ (formula in spreadsheets) gets an apostrophe. */
    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
