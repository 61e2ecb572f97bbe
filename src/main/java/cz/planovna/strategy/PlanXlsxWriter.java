package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Every table of the plan document that names a sheet, one sheet each, in document order: the
 * caption on the first row, the header (bold, frozen) on the second, then the rows. Amounts and
 * counts are numbers (not text), so sums can be checked in the spreadsheet; sum rows are bold.
 */
@Component
class PlanXlsxWriter {

    static final int MAX_WIDTH = 60;

    byte[] write(PlanDocumentModel doc) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle integer = book.createCellStyle();
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
            CellStyle totalText = book.createCellStyle();
            totalText.setFont(bold);
            CellStyle totalNumber = book.createCellStyle();
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(integer.getDataFormat());
            book.getProperties().getCoreProperties().setTitle(doc.title());
            Set<String> names = new HashSet<>();
            for (Table table : doc.tables()) {
                if (table.sheet() == null) {
                    continue;
                }
                Sheet sheet = book.createSheet(unique(WorkbookUtil.createSafeSheetName(table.sheet()), names));
                sheet.createRow(0).createCell(0).setCellValue(table.caption());
                sheet.getRow(0).getCell(0).setCellStyle(totalText);
                var head = sheet.createRow(1);
                int[] widths = new int[table.header().size()];
                for (int i = 0; i < table.header().size(); i++) {
                    head.createCell(i).setCellValue(table.header().get(i));
                    head.getCell(i).setCellStyle(header);
                    widths[i] = table.header().get(i).length();
                }
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (Row row : table.rows()) {
                    var line = sheet.createRow(r++);
                    for (int i = 0; i < row.cells().size(); i++) {
                        Cell c = row.cells().get(i);
                        var cell = line.createCell(i);
                        if (c.value() != null) {
                            cell.setCellValue(c.value().doubleValue());
                            boolean whole = !(c.value() instanceof BigDecimal d)
                                    || d.stripTrailingZeros().scale() <= 0;
                            cell.setCellStyle(row.total() ? totalNumber : whole ? integer : decimal);
                        } else {
                            cell.setCellValue(c.text());
                            if (row.total()) {
                                cell.setCellStyle(totalText);
                            }
                        }
                        if (i < widths.length) {
                            widths[i] = Math.max(widths[i], c.text().length());
                        }
                    }
                }
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 2) * 256);
                }
            }
            if (book.getNumberOfSheets() == 0) {
                book.createSheet(WorkbookUtil.createSafeSheetName(doc.title()))
                        .createRow(0)
                        .createCell(0)
                        .setCellValue(doc.title());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX could not be written", e);
        }
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
