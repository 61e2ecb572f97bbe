package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The published settlement table as XLSX: a few lines saying what it is, then one header row
 * (bold, frozen, with an autofilter) and one row per comment with wrapped text. The comment number
 * is a number; everything else is a string cell, never a formula (a comment may begin with "=").
 * Czech, like the PDF.
 */
@Component
class SettlementSpreadsheet {

    static final int[] WIDTHS = {6, 12, 30, 60, 18, 50, 36};

    private final MessageSource messages;
    private final CzechFormats fmt;

    SettlementSpreadsheet(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] write(SettlementTable table, String baseUrl) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = book.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = book.createSheet(t("consultation.settlement.xlsx.sheet"));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(t("consultation.settlement.pdf.heading") + ": " + table.documentTitle());
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(t("consultation.settlement.pdf.orp", table.orpName()));
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(t(
                            "consultation.settlement.pdf.period",
                            fmt.date(table.opensOn()),
                            fmt.date(table.closesOn())));
            if (table.publishedAt() != null) {
                sheet.createRow(r++)
                        .createCell(0)
                        .setCellValue(t("consultation.settlement.pdf.published", fmt.dateTime(table.publishedAt())));
            }
            r++;
            int headRow = r;
            Row head = sheet.createRow(r++);
            List<String> columns = List.of(
                    t("consultation.settlement.col.number"),
                    t("consultation.settlement.col.date"),
                    t("consultation.settlement.col.target"),
                    t("consultation.settlement.col.text"),
                    t("consultation.settlement.col.outcome"),
                    t("consultation.settlement.col.reasoning"),
                    t("consultation.settlement.col.changed"));
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            for (SettlementRow row : table.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.number());
                line.createCell(1).setCellValue(fmt.date(row.submittedOn()));
                line.createCell(2)
                        .setCellValue(row.target() == null ? t("consultation.settlement.wholeDocument") : row.target());
                line.createCell(3)
                        .setCellValue(
                                row.hidden()
                                        ? t("consultation.settlement.hiddenText", row.hiddenReason())
                                        : row.text());
                line.createCell(4)
                        .setCellValue(
                                row.outcome() == null
                                        ? t("consultation.settlement.unsettled")
                                        : t(SettlementRules.outcomeKey(row.outcome())));
                line.createCell(5).setCellValue(row.reasoning() == null ? "" : row.reasoning());
                line.createCell(6).setCellValue(changed(row, baseUrl));
                for (int c = 1; c < columns.size(); c++) {
                    line.getCell(c).setCellStyle(wrap);
                }
            }
            sheet.createFreezePane(0, headRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headRow, Math.max(headRow, r - 1), 0, columns.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("settlement XLSX could not be written", e);
        }
    }

    private String changed(SettlementRow row, String baseUrl) {
        if (row.changedItem() == null) {
            return t("consultation.settlement.noChange");
        }
        return row.changedItemHref() == null
                ? row.changedItem()
                : row.changedItem() + "\n" + baseUrl + row.changedItemHref();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("cs"));
    }
}
