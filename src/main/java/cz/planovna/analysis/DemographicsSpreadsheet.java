package cz.planovna.analysis;

import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
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
 * The tables behind the demographic charts as XLSX: summary, pyramid, trend with projection, obce.
 * Numbers are numeric cells (no formulas); synthetic data says so on every sheet.
 */
@Component
class DemographicsSpreadsheet {

    private final MessageSource messages;
    private final CzechFormats fmt;

    DemographicsSpreadsheet(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] write(DemographicsReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Texts t = new Texts(locale);
            Sheet summary = book.createSheet(t.get("analysis.xlsx.summary"));
            int r = preamble(summary, report, t, bold);
            if (report.hasData()) {
                YearSummary s = report.current();
                header(
                        summary,
                        r++,
                        bold,
                        t.get("analysis.demography.year.column"),
                        t.get("analysis.demography.total"),
                        t.get("analysis.demography.men"),
                        t.get("analysis.demography.women"),
                        t.get("analysis.demography.children"),
                        t.get("analysis.demography.working"),
                        t.get("analysis.demography.seniors"),
                        t.get("analysis.demography.oldest"),
                        t.get("analysis.demography.children") + " %",
                        t.get("analysis.demography.working") + " %",
                        t.get("analysis.demography.seniors") + " %",
                        t.get("analysis.demography.oldest") + " %",
                        t.get("analysis.demography.ageingIndex"));
                summaryRow(summary.createRow(r), s);

                Sheet pyramid = book.createSheet(t.get("analysis.xlsx.pyramid"));
                int p = preamble(pyramid, report, t, bold);
                header(
                        pyramid,
                        p++,
                        bold,
                        t.get("analysis.demography.age"),
                        t.get("analysis.demography.men"),
                        t.get("analysis.demography.women"));
                for (PyramidBand band : report.pyramid()) {
                    Row row = pyramid.createRow(p++);
                    row.createCell(0).setCellValue(band.label());
                    row.createCell(1).setCellValue(band.men());
                    row.createCell(2).setCellValue(band.women());
                }

                Sheet trend = book.createSheet(t.get("analysis.xlsx.trend"));
                int y = preamble(trend, report, t, bold);
                header(
                        trend,
                        y++,
                        bold,
                        t.get("analysis.demography.year.column"),
                        t.get("analysis.xlsx.kind"),
                        t.get("analysis.demography.total"),
                        t.get("analysis.demography.children"),
                        t.get("analysis.demography.seniors"),
                        t.get("analysis.demography.oldest"),
                        t.get("analysis.demography.ageingIndex"));
                for (YearSummary s2 : report.trend()) {
                    Row row = trend.createRow(y++);
                    row.createCell(0).setCellValue(s2.year());
                    row.createCell(1).setCellValue(t.get("analysis.xlsx.actual"));
                    row.createCell(2).setCellValue(s2.total());
                    row.createCell(3).setCellValue(s2.children());
                    row.createCell(4).setCellValue(s2.seniors());
                    row.createCell(5).setCellValue(s2.oldest());
                    decimal(row.createCell(6), s2.ageingIndex());
                }
                for (ProjectionPoint point : report.projection()) {
                    Row row = trend.createRow(y++);
                    row.createCell(0).setCellValue(point.year());
                    row.createCell(1).setCellValue(t.get("analysis.xlsx.projected"));
                    row.createCell(4).setCellValue(point.seniors());
                    row.createCell(5).setCellValue(point.oldest());
                }
                if (!report.projection().isEmpty()) {
                    trend.createRow(y + 1)
                            .createCell(0)
                            .setCellValue(t.get("analysis.demography.projection.method", report.projectionBaseYears()));
                }

                Sheet obce = book.createSheet(t.get("analysis.xlsx.obce"));
                int o = preamble(obce, report, t, bold);
                header(
                        obce,
                        o++,
                        bold,
                        t.get("analysis.demography.obec"),
                        t.get("analysis.xlsx.code"),
                        t.get("analysis.demography.total"),
                        t.get("analysis.demography.men"),
                        t.get("analysis.demography.women"),
                        t.get("analysis.demography.children"),
                        t.get("analysis.demography.working"),
                        t.get("analysis.demography.seniors"),
                        t.get("analysis.demography.oldest"),
                        t.get("analysis.demography.children") + " %",
                        t.get("analysis.demography.working") + " %",
                        t.get("analysis.demography.seniors") + " %",
                        t.get("analysis.demography.oldest") + " %",
                        t.get("analysis.demography.ageingIndex"));
                for (ObecRow obec : report.obce().rows()) {
                    Row row = obce.createRow(o++);
                    row.createCell(0).setCellValue(obec.name());
                    row.createCell(1).setCellValue(obec.code());
                    YearSummary s3 = obec.summary();
                    List<Number> values = List.of(
                            s3.total(), s3.men(), s3.women(), s3.children(), s3.working(), s3.seniors(), s3.oldest());
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(2 + i).setCellValue(values.get(i).doubleValue());
                    }
                    decimal(row.createCell(9), s3.childrenShare());
                    decimal(row.createCell(10), s3.workingShare());
                    decimal(row.createCell(11), s3.seniorsShare());
                    decimal(row.createCell(12), s3.oldestShare());
                    decimal(row.createCell(13), s3.ageingIndex());
                }
                for (Sheet sheet : List.of(summary, pyramid, trend, obce)) {
                    sheet.setColumnWidth(0, 24 * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int preamble(Sheet sheet, DemographicsReport report, Texts t, CellStyle bold) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(t.get("analysis.demography.title", report.districtName()));
        title.setCellStyle(bold);
        int r = 1;
        if (report.hasData()) {
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(t.get(
                            "analysis.demography.refDate",
                            fmt.date(report.current().refDate())));
        }
        if (report.synthetic()) {
            sheet.createRow(r++).createCell(0).setCellValue(t.get("analysis.synthetic.notice"));
        }
        return r + 1;
    }

    private static void summaryRow(Row row, YearSummary s) {
        row.createCell(0).setCellValue(s.year());
        List<Number> values =
                List.of(s.total(), s.men(), s.women(), s.children(), s.working(), s.seniors(), s.oldest());
        for (int i = 0; i < values.size(); i++) {
            row.createCell(1 + i).setCellValue(values.get(i).doubleValue());
        }
        decimal(row.createCell(8), s.childrenShare());
        decimal(row.createCell(9), s.workingShare());
        decimal(row.createCell(10), s.seniorsShare());
        decimal(row.createCell(11), s.oldestShare());
        decimal(row.createCell(12), s.ageingIndex());
    }

    private static void decimal(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void header(Sheet sheet, int rowIndex, CellStyle bold, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
    }

    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
