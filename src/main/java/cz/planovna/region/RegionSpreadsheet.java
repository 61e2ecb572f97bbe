package cz.planovna.region;

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
import org.springframework.stereotype.Component;

/**
 * The comparison as XLSX: the ORP side by side (one row each, then the ORP not planning in
 * Plánovna), measures by target group, and capacities per 1,000 inhabitants. Numbers are numeric
 * cells, never formulas; the header row is bold, frozen and filtered.
 */
@Component
class RegionSpreadsheet {

    private final MessageSource messages;

    RegionSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(RegionComparison c, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet side = book.createSheet(text(locale, "region.xlsx.comparison"));
            header(
                    side,
                    bold,
                    locale,
                    "region.col.orp",
                    "region.col.code",
                    "region.col.state",
                    "region.col.period",
                    "region.col.plan",
                    "region.col.measures",
                    "region.col.cost",
                    null,
                    "region.col.population",
                    "region.col.gaps",
                    "region.col.gapTypes",
                    "region.col.data");
            side.getRow(0)
                    .getCell(7)
                    .setCellValue(text(locale, "region.col.costYear", String.valueOf(c.currentYear())));
            int r = 1;
            for (OrpComparison o : c.orps()) {
                Row row = side.createRow(r++);
                row.createCell(0).setCellValue(o.name());
                row.createCell(1).setCellValue(o.code());
                if (o.hasPlan()) {
                    row.createCell(2)
                            .setCellValue(
                                    text(locale, MapStatus.of(o.plan().state()).messageKey()));
                    row.createCell(3).setCellValue(o.plan().period());
                    row.createCell(4).setCellValue(o.plan().title());
                    row.createCell(5).setCellValue(o.measures());
                    row.createCell(6).setCellValue(o.costTotal());
                    row.createCell(7).setCellValue(o.costCurrentYear());
                } else {
                    row.createCell(2)
                            .setCellValue(text(locale, o.internal() ? "region.noPlan" : "region.noPublicPlan"));
                }
                if (o.population() != null) {
                    row.createCell(8).setCellValue(o.population());
                }
                if (o.gapsKnown()) {
                    row.createCell(9).setCellValue(o.gaps().size());
                    row.createCell(10)
                            .setCellValue(String.join(
                                    ", ",
                                    o.gaps().stream().map(k -> text(locale, k)).toList()));
                } else {
                    row.createCell(10).setCellValue(text(locale, "region.gaps.unknown"));
                }
                row.createCell(11)
                        .setCellValue(text(locale, o.internal() ? "region.data.internal" : "region.data.public"));
            }
            for (var d : c.notPlanning()) {
                Row row = side.createRow(r++);
                row.createCell(0).setCellValue(d.name());
                row.createCell(1).setCellValue(d.code());
                row.createCell(2).setCellValue(text(locale, "region.status.NOT_PLANNING"));
            }
            side.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, 11));
            widths(side, 12);

            Sheet groups = book.createSheet(text(locale, "region.xlsx.groups"));
            orpHeader(groups, bold, locale, c, "region.col.group");
            r = 1;
            for (GroupLine g : c.groups()) {
                Row row = groups.createRow(r++);
                row.createCell(0).setCellValue(g.name() == null ? text(locale, "region.group.none") : g.name());
                for (int i = 0; i < g.counts().size(); i++) {
                    row.createCell(i + 1).setCellValue(g.counts().get(i));
                }
            }
            widths(groups, c.orps().size() + 1);

            Sheet capacities = book.createSheet(text(locale, "region.xlsx.capacities"));
            Row head = capacities.createRow(0);
            cell(head, 0, text(locale, "region.col.section"), bold);
            cell(head, 1, text(locale, "region.col.type"), bold);
            cell(head, 2, text(locale, "region.col.unit"), bold);
            for (int i = 0; i < c.orps().size(); i++) {
                cell(
                        head,
                        3 + i,
                        text(
                                locale,
                                "region.xlsx.perThousandOf",
                                c.orps().get(i).name()),
                        bold);
            }
            int first = 3 + c.orps().size();
            for (int i = 0; i < c.orps().size(); i++) {
                cell(
                        head,
                        first + i,
                        text(locale, "region.xlsx.capacityOf", c.orps().get(i).name()),
                        bold);
            }
            capacities.createFreezePane(0, 1);
            r = 1;
            for (CapacityLine line : c.capacities()) {
                Row row = capacities.createRow(r++);
                row.createCell(0).setCellValue("§ " + line.section());
                row.createCell(1).setCellValue(line.typeName());
                row.createCell(2)
                        .setCellValue(text(locale, "region.unit." + line.unit().name()));
                for (int i = 0; i < c.orps().size(); i++) {
                    var rate = line.perThousandValue(i);
                    if (rate != null) {
                        row.createCell(3 + i).setCellValue(rate.doubleValue());
                    }
                    row.createCell(first + i).setCellValue(line.capacityValue(i).doubleValue());
                }
            }
            Row note = capacities.createRow(r + 1);
            note.createCell(0).setCellValue(text(locale, "region.capacity.method"));
            widths(capacities, first + c.orps().size());

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(Sheet sheet, CellStyle bold, Locale locale, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            cell(row, i, keys[i] == null ? "" : text(locale, keys[i]), bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private void orpHeader(Sheet sheet, CellStyle bold, Locale locale, RegionComparison c, String first) {
        Row row = sheet.createRow(0);
        cell(row, 0, text(locale, first), bold);
        for (int i = 0; i < c.orps().size(); i++) {
            cell(row, i + 1, c.orps().get(i).name(), bold);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, i == 0 ? 30 * 256 : 18 * 256);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
