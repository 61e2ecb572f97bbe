package cz.planovna.monitoring;

import cz.planovna.monitoring.GrantReport.Activity;
import cz.planovna.monitoring.GrantReport.Count;
import cz.planovna.monitoring.GrantReport.Item;
import cz.planovna.shared.format.CzechFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The grant report as DOCX, the basis of the monitoring report (zpráva o realizaci): the
 * project's facts, then per key activity its description, planned outputs, a table of counted
 * outputs and a table of the counted items. Real Heading 1–2 styles, language cs-CZ.
 */
@Component
class GrantReportDocument {

    private final MessageSource messages;
    private final CzechFormats fmt;

    GrantReportDocument(MessageSource messages, CzechFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] write(GrantReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(docx, locale);
            docx.getPackage()
                    .getPackageProperties()
                    .setTitleProperty(text(
                            locale, "monitoring.grant.title", report.round().name()));
            docx.getPackage().getPackageProperties().setLanguageProperty(locale.toLanguageTag());
            paragraph(docx, "Heading1", text(locale, "monitoring.grant.docx.title"));
            paragraph(
                    docx,
                    null,
                    text(locale, "monitoring.grant.title", report.round().name()));
            paragraph(
                    docx,
                    null,
                    text(locale, "monitoring.grant.orp", report.round().orpName()));
            if (report.round().project() != null) {
                paragraph(
                        docx,
                        null,
                        text(
                                locale,
                                "monitoring.grant.number",
                                report.round().project().registrationNumber()));
                paragraph(
                        docx,
                        null,
                        text(
                                locale,
                                "monitoring.grant.implementer",
                                report.round().project().implementer()));
            }
            paragraph(
                    docx,
                    null,
                    text(locale, "monitoring.grant.period", fmt.date(report.from()), fmt.date(report.to())));
            for (Activity a : report.activities()) {
                paragraph(docx, "Heading2", a.code() + " " + text(locale, "monitoring.grant.ka." + a.code()));
                if (a.description() != null) {
                    paragraph(docx, null, text(locale, "monitoring.grant.description", a.description()));
                }
                if (a.outputs() != null) {
                    paragraph(docx, null, text(locale, "monitoring.grant.planned", a.outputs()));
                }
                XWPFTable counts = docx.createTable(a.counts().size() + 1, 2);
                counts.setWidth("100%");
                cells(
                        counts.getRow(0),
                        true,
                        text(locale, "monitoring.grant.xlsx.output"),
                        text(locale, "monitoring.grant.xlsx.count"));
                for (int i = 0; i < a.counts().size(); i++) {
                    Count c = a.counts().get(i);
                    cells(counts.getRow(i + 1), false, text(locale, c.labelKey()), fmt.number(c.value()));
                }
                a.noteKeys().forEach(n -> paragraph(docx, null, text(locale, n)));
                if (a.items().isEmpty()) {
                    paragraph(docx, null, text(locale, "monitoring.grant.items.empty"));
                } else {
                    paragraph(docx, null, text(locale, "monitoring.grant.items.caption", a.code()));
                    XWPFTable items = docx.createTable(a.items().size() + 1, 4);
                    items.setWidth("100%");
                    cells(
                            items.getRow(0),
                            true,
                            text(locale, "monitoring.grant.col.date"),
                            text(locale, "monitoring.grant.col.kind"),
                            text(locale, "monitoring.grant.col.title"),
                            text(locale, "monitoring.grant.col.participants"));
                    for (int i = 0; i < a.items().size(); i++) {
                        Item item = a.items().get(i);
                        cells(
                                items.getRow(i + 1),
                                false,
                                fmt.date(item.date()),
                                text(locale, item.kindKey()),
                                item.title(),
                                item.participants() == null ? "–" : fmt.number(item.participants()));
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(XWPFDocument docx, String style, String value) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(value);
    }

    private static void cells(XWPFTableRow row, boolean bold, String... values) {
        if (bold) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < values.length; c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            var run = p.createRun();
            run.setBold(bold);
            run.setText(values[c]);
        }
    }

    private static void styles(XWPFDocument docx, Locale locale) {
        XWPFStyles styles = docx.createStyles();
        CTRPr defaults = CTRPr.Factory.newInstance();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        String lang = "en".equals(locale.getLanguage()) ? "en-GB" : "cs-CZ";
        defaults.addNewLang().setVal(lang);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(lang);
        int[] sizes = {32, 26};
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewQFormat();
            var ppr = style.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            var rpr = style.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            rpr.addNewColor().setVal("0B3D6E");
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
