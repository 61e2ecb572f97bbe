package cz.planovna.analysis;

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
 * A SWOT analysis as XLSX for the plan: one row per item with its quadrant (as text), the
 * members' average score and the number of votes, ranked within each quadrant. Text cells are
 * strings, never formulas; individual votes are not exported.
 */
@Component
class SwotSpreadsheet {

    private final MessageSource messages;

    SwotSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(OrpName orp, SwotView swot) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = book.createSheet("SWOT");
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(swot.name());
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(text(locale, "analysis.swot.xlsx.orp", orp.name())
                            + (swot.groupName() == null
                                    ? ""
                                    : " · " + text(locale, "analysis.swot.xlsx.group", swot.groupName())));
            sheet.createRow(r++).createCell(0).setCellValue(text(locale, "analysis.swot.xlsx.voters", swot.voters()));
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            String[] columns = {
                text(locale, "analysis.swot.xlsx.rank"),
                text(locale, "analysis.swot.xlsx.quadrant"),
                text(locale, "analysis.swot.xlsx.item"),
                text(locale, "analysis.swot.xlsx.average"),
                text(locale, "analysis.swot.xlsx.votes")
            };
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
                header.getCell(c).setCellStyle(bold);
            }
            for (SwotView.QuadrantItems q : swot.quadrants()) {
                int rank = 1;
                for (SwotItemView item : q.items()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(rank++);
                    row.createCell(1).setCellValue(text(locale, q.quadrant().messageKey()));
                    row.createCell(2).setCellValue(item.text());
                    row.getCell(2).setCellStyle(wrap);
                    if (item.average() != null) {
                        row.createCell(3).setCellValue(item.average());
                    }
                    row.createCell(4).setCellValue(item.votes());
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            if (r > headerRow + 1) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns.length - 1));
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 80 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            sheet.setColumnWidth(4, 12 * 256);
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
}
