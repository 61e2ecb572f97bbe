package cz.planovna.strategy;

import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The action plan table as XLSX: one row per item with the medium-term plan's amount, the action
 * plan's budget and the difference per funding source and in total, who and when with what
 * changed; then the totals per priority area and for the whole action plan. Amounts are numeric
 * cells in whole crowns, never formulas.
 */
@Component
class ActionPlanSpreadsheet {

    private final MessageSource messages;
    private final CzechFormats fmt;

    ActionPlanSpreadsheet(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    ResponseEntity<byte[]> response(ActionPlanView view) {
        String name = "akcni-plan-" + view.orp().code() + "-" + view.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(write(view));
    }

    byte[] write(ActionPlanView view) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(t(locale, "strategy.action.xlsx.sheet", view.year()));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0)
                    .setCellValue(t(
                            locale,
                            "strategy.action.title",
                            view.year(),
                            view.orp().name()));
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(view.plan().planTitle());
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(t(
                            locale,
                            "strategy.action.xlsx.state",
                            t(locale, view.plan().state().messageKey())));
            r++;

            List<String> head = new ArrayList<>(List.of(
                    t(locale, "strategy.action.col.number"),
                    t(locale, "strategy.action.col.item"),
                    t(locale, "strategy.action.col.kind"),
                    t(locale, "strategy.action.col.status")));
            for (FundingSource s : FundingSource.values()) {
                String source = t(locale, s.messageKey());
                head.add(t(locale, "strategy.action.xlsx.planned", source));
                head.add(t(locale, "strategy.action.xlsx.budget", source));
                head.add(t(locale, "strategy.action.xlsx.difference", source));
            }
            head.addAll(List.of(
                    t(locale, "strategy.action.col.plannedTotal"),
                    t(locale, "strategy.action.col.budgetTotal"),
                    t(locale, "strategy.action.col.difference"),
                    t(locale, "strategy.action.xlsx.plannedWho"),
                    t(locale, "strategy.action.col.who"),
                    t(locale, "strategy.action.col.when"),
                    t(locale, "strategy.action.col.note")));
            int headRow = r;
            header(sheet.createRow(r++), head, bold);
            for (ActionItemView item : view.items()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(item.number() == null ? "–" : item.number());
                row.createCell(c++).setCellValue(item.title());
                row.createCell(c++).setCellValue(t(locale, item.kind().messageKey()));
                row.createCell(c++).setCellValue(t(locale, item.status().messageKey()));
                for (FundingSource s : FundingSource.values()) {
                    if (item.hasAmounts()) {
                        row.createCell(c++).setCellValue(item.planned(s));
                        row.createCell(c++).setCellValue(item.budget(s));
                        row.createCell(c++).setCellValue(item.difference(s));
                    } else {
                        c += 3;
                    }
                }
                if (item.hasAmounts()) {
                    row.createCell(c++).setCellValue(item.plannedTotal());
                    row.createCell(c++).setCellValue(item.budgetTotal());
                    row.createCell(c++).setCellValue(item.difference());
                } else {
                    c += 3;
                }
                row.createCell(c++).setCellValue(orEmpty(item.plannedResponsible()));
                row.createCell(c++).setCellValue(orEmpty(item.responsible()));
                row.createCell(c++).setCellValue(term(locale, item));
                row.createCell(c).setCellValue(orEmpty(item.note()));
            }
            sheet.createFreezePane(2, headRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headRow, r - 1, 0, head.size() - 1));
            r++;
            for (PriorityTotals p : view.priorities()) {
                r = totalRow(
                        sheet,
                        r,
                        t(locale, "strategy.action.xlsx.priorityTotal", p.label()),
                        p.planned(),
                        p.budget(),
                        view.year(),
                        bold);
            }
            totalRow(
                    sheet,
                    r,
                    t(locale, "strategy.action.totals.whole"),
                    view.planned(),
                    view.budget(),
                    view.year(),
                    bold);
            sheet.setColumnWidth(1, 60 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int totalRow(
            Sheet sheet, int r, String label, CostTotals planned, CostTotals budget, int year, CellStyle bold) {
        Row row = sheet.createRow(r);
        row.createCell(1).setCellValue(label);
        row.getCell(1).setCellStyle(bold);
        int c = 4;
        for (FundingSource s : FundingSource.values()) {
            row.createCell(c++).setCellValue(planned.cell(year, s));
            row.createCell(c++).setCellValue(budget.cell(year, s));
            row.createCell(c++).setCellValue(budget.cell(year, s) - planned.cell(year, s));
        }
        row.createCell(c++).setCellValue(planned.total());
        row.createCell(c++).setCellValue(budget.total());
        row.createCell(c).setCellValue(budget.total() - planned.total());
        return r + 1;
    }

    private String term(Locale locale, ActionItemView item) {
        if (item.term() == ActionTerm.RANGE) {
            return t(locale, "strategy.action.term.range", fmt.date(item.dateFrom()), fmt.date(item.dateTo()));
        }
        return t(locale, item.term().messageKey());
    }

    private static void header(Row row, List<String> titles, CellStyle bold) {
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
