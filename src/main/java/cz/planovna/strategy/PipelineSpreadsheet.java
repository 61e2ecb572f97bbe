package cz.planovna.strategy;

import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The project pipeline as XLSX with the filters of the list: a title, the filters applied, then
 * one row per project. Costs are numeric cells in whole crowns (no formulas); texts are strings.
 */
@Component
class PipelineSpreadsheet {

    private final MessageSource messages;
    private final CzechFormats fmt;

    PipelineSpreadsheet(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] write(OrpView orp, PipelineFilter filter, List<ProjectView> projects) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle crowns = book.createCellStyle();
            DataFormat format = book.createDataFormat();
            crowns.setDataFormat(format.getFormat("#,##0 \"Kč\""));
            Sheet sheet = book.createSheet(text("strategy.project.xlsx.sheet", locale));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(text("strategy.project.xlsx.title", locale, orp.name()));
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(filters(filter, projects.size(), locale));
            r++;
            String[] headers = {
                "strategy.project.field.title",
                "strategy.project.field.state",
                "strategy.project.field.organisation",
                "strategy.project.field.contactPerson",
                "strategy.project.field.contact",
                "strategy.project.field.providerIco",
                "strategy.project.field.measure",
                "strategy.project.field.readiness",
                "strategy.project.field.estimatedCost",
                "strategy.project.field.split",
                "strategy.project.field.callName",
                "strategy.project.field.callProgramme",
                "strategy.project.field.callDeadline",
                "strategy.project.field.description",
                "strategy.project.xlsx.illustrative",
                "strategy.project.field.updated"
            };
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i], locale));
                header.getCell(i).setCellStyle(bold);
            }
            for (ProjectView p : projects) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(p.title());
                row.createCell(c++).setCellValue(text(p.state().messageKey(), locale));
                row.createCell(c++).setCellValue(p.organisation());
                row.createCell(c++).setCellValue(orEmpty(p.contactPerson()));
                row.createCell(c++).setCellValue(orEmpty(p.contact()));
                row.createCell(c++).setCellValue(orEmpty(p.providerIco()));
                row.createCell(c++)
                        .setCellValue(p.measure() == null ? "" : p.measure().label());
                row.createCell(c++).setCellValue(text(p.readiness().messageKey(), locale));
                row.createCell(c).setCellValue(p.estimatedCost());
                row.getCell(c++).setCellStyle(crowns);
                row.createCell(c++).setCellValue(split(p, locale));
                row.createCell(c++).setCellValue(orEmpty(p.callName()));
                row.createCell(c++).setCellValue(orEmpty(p.callProgramme()));
                row.createCell(c++).setCellValue(p.callDeadline() == null ? "" : fmt.date(p.callDeadline()));
                row.createCell(c++).setCellValue(orEmpty(p.description()));
                row.createCell(c++).setCellValue(text(p.illustrative() ? "common.yes" : "common.no", locale));
                row.createCell(c).setCellValue(fmt.dateTime(p.updatedAt()));
            }
            if (!projects.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, headers.length - 1));
            }
            sheet.createFreezePane(1, headerRow + 1);
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, i == 0 || i == 6 || i == 13 ? 40 * 256 : 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String filters(PipelineFilter filter, int count, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.state() != null) {
            parts.add(text("strategy.project.field.state", locale) + ": "
                    + text(filter.state().messageKey(), locale));
        }
        if (filter.readiness() != null) {
            parts.add(text("strategy.project.field.readiness", locale) + ": "
                    + text(filter.readiness().messageKey(), locale));
        }
        if (filter.measureId() != null) {
            parts.add(text("strategy.project.xlsx.measureFilter", locale));
        }
        String narrowed = parts.isEmpty() ? text("strategy.project.xlsx.all", locale) : String.join(", ", parts);
        return text("strategy.project.xlsx.filters", locale, narrowed, count);
    }

    private String split(ProjectView p, Locale locale) {
        return p.costSplit().stream()
                .map(l -> l.year() + " " + text(l.source().messageKey(), locale) + ": " + fmt.money(l.amount()))
                .collect(Collectors.joining("; "));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
