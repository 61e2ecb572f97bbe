package cz.planovna.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The search result as an XLSX workbook, streamed with SXSSF (only a window of rows in memory):
 * a sheet of services with a bold, frozen header and an autofilter, and a sheet saying what was
 * exported, when, and whether rows were left out. Texts are set as strings, never formulas, so a
 * value starting with "=" stays text.
 */
final class CatalogueSpreadsheet implements AutoCloseable {

    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL = 32_767;

    private final MessageSource messages;
    private final Locale locale;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private int nextRow = 1;

    /** A column: its message key, width in characters and the value of a service. */
    private record Column(String key, int width, Function<ServicePage, String> value) {}

    CatalogueSpreadsheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.columns = columns();
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(msg("catalogue.export.sheet")));
        CellStyle bold = boldStyle();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(msg(columns.get(i).key()));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void rows(List<ServicePage> services) {
        for (ServicePage service : services) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < columns.size(); i++) {
                String value = columns.get(i).value().apply(service);
                if (value != null && !value.isEmpty()) {
                    row.createCell(i).setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
                }
            }
        }
    }

    /** The second sheet: the filters (as the address of the search), the date, the count, the cap. */
    void about(String searchUrl, String date, long total, int cap) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        Sheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(msg("catalogue.export.aboutSheet")));
        about.setColumnWidth(0, 30 * 256);
        about.setColumnWidth(1, 100 * 256);
        CellStyle bold = boldStyle();
        int r = 0;
        Row title = about.createRow(r++);
        title.createCell(0).setCellValue(msg("catalogue.export.title"));
        title.getCell(0).setCellStyle(bold);
        r = pair(about, r, "catalogue.export.about.date", date);
        r = pair(about, r, "catalogue.export.about.search", searchUrl);
        r = pair(about, r, "catalogue.export.about.count", String.valueOf(nextRow - 1));
        if (total > nextRow - 1) {
            r = pair(about, r, "catalogue.export.about.truncated", msg("catalogue.export.truncated", total, cap));
        }
        r = pair(about, r, "catalogue.export.about.source", msg("catalogue.export.source"));
        pair(about, r, "catalogue.export.about.illustrative", msg("catalogue.export.illustrativeNote"));
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        // SXSSF keeps rows in temporary files until closed
        workbook.close();
    }

    private int pair(Sheet about, int r, String labelKey, String value) {
        Row row = about.createRow(r);
        row.createCell(0).setCellValue(msg(labelKey));
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private CellStyle boldStyle() {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private List<Column> columns() {
        return List.of(
                new Column("catalogue.export.column.name", 45, p -> p.service().name()),
                new Column("catalogue.export.column.type", 35, this::type),
                new Column(
                        "catalogue.export.column.provider",
                        40,
                        p -> p.service().provider().name()),
                new Column(
                        "catalogue.export.column.ico",
                        11,
                        p -> p.service().provider().ico()),
                new Column(
                        "catalogue.export.column.targetGroups",
                        40,
                        p -> joined(p.service().targetGroups(), CodeView::name)),
                new Column(
                        "catalogue.export.column.forms",
                        22,
                        p -> joined(p.service().forms(), f -> msg("catalogue.form." + f.form()))),
                new Column("catalogue.export.column.capacity", 30, this::capacity),
                new Column("catalogue.export.column.address", 40, this::address),
                new Column(
                        "catalogue.export.column.obec",
                        20,
                        p -> p.facilities().isEmpty()
                                ? null
                                : p.facilities().get(0).obecName()),
                new Column(
                        "catalogue.export.column.orp",
                        20,
                        p -> p.facilities().isEmpty()
                                ? p.orpName()
                                : p.facilities().get(0).orpName()),
                new Column("catalogue.export.column.phone", 20, p -> contacts(p, ContactKind.PHONE)),
                new Column("catalogue.export.column.email", 30, p -> contacts(p, ContactKind.EMAIL)),
                new Column("catalogue.export.column.web", 30, p -> contacts(p, ContactKind.WEB)),
                new Column(
                        "catalogue.export.column.registerId",
                        18,
                        p -> p.service().registerId()),
                new Column(
                        "catalogue.export.column.state",
                        12,
                        p -> msg("catalogue.state." + p.service().state())),
                new Column(
                        "catalogue.export.column.illustrative",
                        14,
                        p -> msg(p.illustrative() ? "catalogue.export.yes" : "catalogue.export.no")));
    }

    private String type(ServicePage p) {
        ServiceDetail s = p.service();
        if (s.kind() == ServiceKind.RELATED) {
            return msg("catalogue.export.related", msg("catalogue.related." + s.relatedKind()));
        }
        if (p.typeName() == null) {
            return null;
        }
        return s.actSection() == null ? p.typeName() : msg("catalogue.type.withSection", p.typeName(), s.actSection());
    }

    private String capacity(ServicePage p) {
        return p.service().forms().stream()
                .flatMap(f -> f.capacities().stream()
                        .map(c -> msg("catalogue.export.capacity", msg("catalogue.form." + f.form()), capacityText(c))))
                .collect(Collectors.joining("; "));
    }

    String capacityText(CapacityView c) {
        return c.amount() == null
                ? msg("catalogue.capacity." + c.type() + ".unknown")
                : msg("catalogue.capacity." + c.type(), c.amount());
    }

    private String address(ServicePage p) {
        return p.facilities().stream()
                .filter(f -> !f.facility().ended())
                .map(f -> {
                    String street = f.facility().streetLine();
                    String town = msg(
                                    "catalogue.facility.town",
                                    f.facility().postalCode() == null
                                            ? ""
                                            : f.facility().postalCode(),
                                    f.obecName() == null ? "" : f.obecName())
                            .strip();
                    return street.isEmpty() ? town : street + ", " + town;
                })
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static String contacts(ServicePage p, ContactKind kind) {
        return p.service().contacts().stream()
                .filter(c -> c.kind() == kind)
                .map(ContactView::value)
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static <T> String joined(List<T> items, Function<T, String> label) {
        return items.stream().map(label).distinct().collect(Collectors.joining(", "));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
