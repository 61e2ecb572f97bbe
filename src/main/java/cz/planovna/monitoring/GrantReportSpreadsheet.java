package cz.planovna.monitoring;

import cz.planovna.monitoring.GrantReport.Activity;
import cz.planovna.monitoring.GrantReport.Count;
import cz.planovna.monitoring.GrantReport.Item;
import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The grant report as XLSX: a summary sheet (the counts of every key activity), then one sheet per
 * key activity listing the counted items (date, kind, title, participants). Text cells are
 * strings, never formulas; dates are date cells.
 */
@Component
class GrantReportSpreadsheet {

    private final MessageSource messages;
    private final CzechFormats fmt;

    GrantReportSpreadsheet(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] write(GrantReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d. m. yyyy"));

            Sheet summary = book.createSheet(text(locale, "monitoring.grant.xlsx.summary"));
            int r = 0;
            Row title = summary.createRow(r++);
            title.createCell(0)
                    .setCellValue(text(
                            locale, "monitoring.grant.title", report.round().name()));
            title.getCell(0).setCellStyle(bold);
            summary.createRow(r++)
                    .createCell(0)
                    .setCellValue(
                            text(locale, "monitoring.grant.orp", report.round().orpName()));
            if (report.round().project() != null) {
                summary.createRow(r++)
                        .createCell(0)
                        .setCellValue(text(
                                locale,
                                "monitoring.grant.number",
                                report.round().project().registrationNumber()));
            }
            summary.createRow(r++)
                    .createCell(0)
                    .setCellValue(
                            text(locale, "monitoring.grant.period", fmt.date(report.from()), fmt.date(report.to())));
            r++;
            int headerRow = r;
            header(
                    summary.createRow(r++),
                    bold,
                    text(locale, "monitoring.grant.xlsx.activity"),
                    text(locale, "monitoring.grant.xlsx.output"),
                    text(locale, "monitoring.grant.xlsx.count"));
            for (Activity a : report.activities()) {
                for (Count c : a.counts()) {
                    Row row = summary.createRow(r++);
                    row.createCell(0).setCellValue(a.code() + " " + text(locale, "monitoring.grant.ka." + a.code()));
                    row.createCell(1).setCellValue(text(locale, c.labelKey()));
                    row.createCell(2).setCellValue(c.value());
                }
            }
            summary.createFreezePane(0, headerRow + 1);
            summary.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, 2));
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 50 * 256);
            summary.setColumnWidth(2, 12 * 256);

            for (Activity a : report.activities()) {
                Sheet sheet = book.createSheet(a.code());
                int s = 0;
                Row head = sheet.createRow(s++);
                head.createCell(0).setCellValue(a.code() + " " + text(locale, "monitoring.grant.ka." + a.code()));
                head.getCell(0).setCellStyle(bold);
                if (a.description() != null) {
                    sheet.createRow(s++).createCell(0).setCellValue(a.description());
                }
                s++;
                int itemsHeader = s;
                header(
                        sheet.createRow(s++),
                        bold,
                        text(locale, "monitoring.grant.col.date"),
                        text(locale, "monitoring.grant.col.kind"),
                        text(locale, "monitoring.grant.col.title"),
                        text(locale, "monitoring.grant.col.participants"));
                for (Item item : a.items()) {
                    Row row = sheet.createRow(s++);
                    row.createCell(0).setCellValue(item.date());
                    row.getCell(0).setCellStyle(date);
                    row.createCell(1).setCellValue(text(locale, item.kindKey()));
                    row.createCell(2).setCellValue(item.title());
                    if (item.participants() != null) {
                        row.createCell(3).setCellValue(item.participants());
                    }
                }
                if (a.items().isEmpty()) {
                    sheet.createRow(s++).createCell(0).setCellValue(text(locale, "monitoring.grant.items.empty"));
                }
                sheet.createFreezePane(0, itemsHeader + 1);
                sheet.setColumnWidth(0, 14 * 256);
                sheet.setColumnWidth(1, 26 * 256);
                sheet.setColumnWidth(2, 70 * 256);
                sheet.setColumnWidth(3, 12 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle bold, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            row.createCell(c).setCellValue(columns[c]);
            row.getCell(c).setCellStyle(bold);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
