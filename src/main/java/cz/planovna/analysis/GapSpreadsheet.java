package cz.planovna.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The table of the needs-gap page as XLSX (the map's data alternative): per obec its code, the
 * people of the relevant age, the capacity reaching it, the ratio per 1,000, the % of the benchmark
 * and the class. Numbers are numeric cells with the page's rounding; a figure the page shows as
 * "not available" is an empty cell. Illustrative or synthetic data say so above the table.
 */
@Component
class GapSpreadsheet {

    private final MessageSource messages;

    GapSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(GapReport gap) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(text(locale, "analysis.gap.xlsx.sheet"));
            String rule = text(locale, gap.rule().messageKey());
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(text(locale, "analysis.gap.title", gap.districtName()));
            title.setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(rule);
            int r = 2;
            if (gap.illustrativeServices()) {
                sheet.createRow(r++).createCell(0).setCellValue(text(locale, "analysis.network.illustrative"));
            }
            if (gap.syntheticPopulation()) {
                sheet.createRow(r++).createCell(0).setCellValue(text(locale, "analysis.synthetic.notice"));
            }
            Row benchmark = sheet.createRow(r++);
            benchmark.createCell(0).setCellValue(text(locale, "analysis.gap.xlsx.benchmark"));
            decimal(benchmark.createCell(1), gap.benchmarkValue());
            r++;
            String[] columns = {
                text(locale, "analysis.network.obec"),
                text(locale, "analysis.xlsx.code"),
                text(
                        locale,
                        "analysis.gap.table.demand",
                        text(locale, gap.rule().age().messageKey())),
                text(locale, "analysis.gap.table.capacity"),
                text(locale, "analysis.gap.table.ratio"),
                text(locale, "analysis.gap.table.index"),
                text(locale, "analysis.gap.xlsx.classNumber"),
                text(locale, "analysis.gap.table.class")
            };
            Row header = sheet.createRow(r++);
            for (int i = 0; i < columns.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns[i]);
                cell.setCellStyle(bold);
            }
            for (GapReport.GapRow g : gap.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(g.name());
                row.createCell(1).setCellValue(g.code());
                if (g.demand() != null) {
                    row.createCell(2).setCellValue(g.demand());
                }
                decimal(row.createCell(3), g.capacityValue());
                decimal(row.createCell(4), g.ratioValue());
                decimal(row.createCell(5), g.indexValue());
                row.createCell(6).setCellValue(g.gapClass().number());
                row.createCell(7).setCellValue(text(locale, g.gapClass().messageKey()));
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue(text(locale, "analysis.gap.method.classes"));
            sheet.createRow(r).createCell(0).setCellValue(text(locale, "analysis.gap.source"));
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 2; i < columns.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void decimal(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
