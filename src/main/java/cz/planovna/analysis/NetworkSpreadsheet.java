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
 * The tables of the service network analysis as XLSX: capacities by type and obec, totals, target
 * groups, field services per obec, indicators per 1,000. Numbers are numeric cells (no formulas);
 * illustrative or synthetic data say so on every sheet.
 */
@Component
class NetworkSpreadsheet {

    private final MessageSource messages;

    NetworkSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(NetworkReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheets s = new Sheets(book, bold, locale, report);

            Sheet capacities = s.sheet("analysis.network.xlsx.capacities");
            int r = s.header(
                    capacities,
                    "analysis.network.section",
                    "analysis.network.type",
                    "analysis.network.obec",
                    "analysis.xlsx.code",
                    "analysis.network.form",
                    "analysis.network.unit",
                    "analysis.network.capacity",
                    "analysis.network.services");
            for (NetworkReport.CapacityRow c : report.capacities().rows()) {
                Row row = capacities.createRow(r++);
                row.createCell(0).setCellValue("§ " + c.section());
                row.createCell(1).setCellValue(c.typeName());
                row.createCell(2).setCellValue(c.obecName());
                row.createCell(3).setCellValue(c.obecCode());
                row.createCell(4)
                        .setCellValue(s.text("analysis.network.form." + c.form().name()));
                row.createCell(5)
                        .setCellValue(s.text("analysis.network.unit." + c.unit().name()));
                decimal(row.createCell(6), c.amountValue());
                row.createCell(7).setCellValue(c.services());
            }

            Sheet totals = s.sheet("analysis.network.xlsx.totals");
            r = s.header(
                    totals,
                    "analysis.network.section",
                    "analysis.network.type",
                    "analysis.network.form",
                    "analysis.network.unit",
                    "analysis.network.capacity",
                    "analysis.network.services");
            for (NetworkReport.CapacityTotal c : report.totals()) {
                Row row = totals.createRow(r++);
                row.createCell(0).setCellValue("§ " + c.section());
                row.createCell(1).setCellValue(c.typeName());
                row.createCell(2)
                        .setCellValue(s.text("analysis.network.form." + c.form().name()));
                row.createCell(3)
                        .setCellValue(s.text("analysis.network.unit." + c.unit().name()));
                decimal(row.createCell(4), c.amountValue());
                row.createCell(5).setCellValue(c.services());
            }

            Sheet groups = s.sheet("analysis.network.xlsx.groups");
            r = s.header(
                    groups,
                    "analysis.network.section",
                    "analysis.network.type",
                    "analysis.network.group",
                    "analysis.network.unit",
                    "analysis.network.capacity",
                    "analysis.network.services");
            for (NetworkReport.GroupRow c : report.groupRows()) {
                Row row = groups.createRow(r++);
                row.createCell(0).setCellValue("§ " + c.section());
                row.createCell(1).setCellValue(c.typeName());
                row.createCell(2).setCellValue(c.group());
                row.createCell(3)
                        .setCellValue(s.text("analysis.network.unit." + c.unit().name()));
                decimal(row.createCell(4), c.amountValue());
                row.createCell(5).setCellValue(c.services());
            }

            Sheet coverage = s.sheet("analysis.network.xlsx.coverage");
            r = s.header(
                    coverage,
                    "analysis.network.obec",
                    "analysis.xlsx.code",
                    "analysis.network.coverage.count",
                    "analysis.network.coverage.services");
            for (NetworkReport.CoverageRow c : report.coverage()) {
                Row row = coverage.createRow(r++);
                row.createCell(0).setCellValue(c.obecName());
                row.createCell(1).setCellValue(c.obecCode());
                row.createCell(2).setCellValue(c.services().size());
                row.createCell(3)
                        .setCellValue(
                                c.covered()
                                        ? String.join("; ", c.services())
                                        : s.text("analysis.network.coverage.none"));
            }

            Sheet ratios = s.sheet("analysis.network.xlsx.ratios");
            r = s.header(
                    ratios,
                    "analysis.network.ratio.indicator",
                    "analysis.network.ratio.age",
                    "analysis.network.ratio.orpCapacity",
                    "analysis.network.ratio.orpPopulation",
                    "analysis.network.ratio.orp",
                    "analysis.network.ratio.region",
                    "analysis.network.ratio.country");
            for (NetworkReport.RatioRow c : report.ratios()) {
                Row row = ratios.createRow(r++);
                row.createCell(0).setCellValue(s.text(c.rule().messageKey()));
                row.createCell(1).setCellValue(s.text(c.rule().age().messageKey()));
                decimal(row.createCell(2), c.orpCapacityValue());
                row.createCell(3).setCellValue(c.orpPopulation());
                decimal(row.createCell(4), c.orpValue());
                decimal(row.createCell(5), c.regionValue());
                decimal(row.createCell(6), c.countryValue());
            }
            ratios.createRow(r + 1).createCell(0).setCellValue(s.text("analysis.network.method.ratio"));
            for (Sheet sheet : book) {
                sheet.setColumnWidth(0, 28 * 256);
                sheet.setColumnWidth(1, 28 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void decimal(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private final class Sheets {
        private final XSSFWorkbook book;
        private final CellStyle bold;
        private final Locale locale;
        private final NetworkReport report;

        Sheets(XSSFWorkbook book, CellStyle bold, Locale locale, NetworkReport report) {
            this.book = book;
            this.bold = bold;
            this.locale = locale;
            this.report = report;
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        Sheet sheet(String nameKey) {
            return book.createSheet(text(nameKey));
        }

        /** Title, notices and the bold header row; returns the first row for data. */
        int header(Sheet sheet, String... columnKeys) {
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(text("analysis.network.title", report.districtName()));
            title.setCellStyle(bold);
            int r = 1;
            if (report.illustrativeServices()) {
                sheet.createRow(r++).createCell(0).setCellValue(text("analysis.network.illustrative"));
            }
            if (report.syntheticPopulation()) {
                sheet.createRow(r++).createCell(0).setCellValue(text("analysis.synthetic.notice"));
            }
            r++;
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columnKeys.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(text(columnKeys[i]));
                cell.setCellStyle(bold);
            }
            return r;
        }
    }
}
