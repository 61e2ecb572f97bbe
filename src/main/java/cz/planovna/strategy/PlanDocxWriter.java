package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Block;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Items;
import cz.planovna.strategy.PlanDocumentModel.Paragraph;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan document as DOCX (Word, LibreOffice): real Heading 1–6 styles (so the navigation pane
 * and the contents work), a TOC field that word processors fill in on opening, tables whose
 * header row repeats on every page, the plan's name in the header and "strana X z Y" in the
 * footer, Czech as the language of every text and of the document.
 */
@Component
class PlanDocxWriter {

    static final String FONT = "DejaVu Sans";
    static final int MAX_LEVEL = 6;

    private final MessageSource messages;

    PlanDocxWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** @param doc the typeset document */
    byte[] write(PlanDocumentModel doc) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(docx);
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator(doc.orpName());
            docx.getProperties().getCoreProperties().setSubjectProperty(doc.subtitle());
            docx.getPackage().getPackageProperties().setLanguageProperty("cs-CZ");

            XWPFParagraph header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            run(header, doc.footer(), false, 8);
            XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.RIGHT);
            run(footer, msg("strategy.doc.page") + " ", false, 8);
            field(footer, "PAGE");
            run(footer, " " + msg("strategy.doc.pageOf") + " ", false, 8);
            field(footer, "NUMPAGES");

            XWPFParagraph subtitle = docx.createParagraph();
            subtitle.setSpacingBefore(4000);
            run(subtitle, doc.subtitle(), false, 14);
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            run(title, doc.title(), true, 26);
            for (String fact : doc.titleFacts()) {
                run(docx.createParagraph(), fact, false, 11);
            }

            XWPFParagraph tocHeading = docx.createParagraph();
            tocHeading.setPageBreak(true);
            tocHeading.setStyle("TOCHeading");
            run(tocHeading, msg("strategy.doc.toc"), true, 16);
            XWPFParagraph toc = docx.createParagraph();
            toc.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-2\" \\h \\z \\u");
            docx.enforceUpdateFields();

            for (Section chapter : doc.chapters()) {
                section(docx, chapter, 1);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("DOCX could not be written", e);
        }
    }

    private void section(XWPFDocument docx, Section s, int level) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle("Heading" + Math.min(level, MAX_LEVEL));
        if (level == 1) {
            heading.setPageBreak(true);
        }
        heading.createRun().setText(s.heading());
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                docx.createParagraph().createRun().setText(p.text());
            } else if (b instanceof Items items) {
                for (String item : items.items()) {
                    XWPFParagraph li = docx.createParagraph();
                    li.setStyle("ListBullet");
                    li.setIndentationLeft(360);
                    li.setIndentationHanging(240);
                    li.createRun().setText("•\t" + item);
                }
            } else if (b instanceof PlanDocumentModel.Figure f) {
                figure(docx, f);
            } else {
                table(docx, (Table) b);
            }
        }
        s.subsections().forEach(sub -> section(docx, sub, level + 1));
    }

    private void table(XWPFDocument docx, Table t) {
        XWPFParagraph caption = docx.createParagraph();
        caption.setStyle("Caption");
        caption.setKeepNext(true);
        run(caption, t.caption(), true, 9);
        int columns = t.header().size();
        XWPFTable table = docx.createTable(t.rows().size() + 1, columns);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setColor("E6EEF6");
            XWPFParagraph p = cell.getParagraphs().get(0);
            boolean numeric = t.numbersRight()
                    && !t.rows().isEmpty()
                    && t.rows().get(0).cells().get(i).value() != null;
            if (numeric) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(p, t.header().get(i), true, 8);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int i = 0; i < columns && i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                XWPFParagraph p = line.getCell(i).getParagraphs().get(0);
                if (t.numbersRight() && c.value() != null) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(p, c.text(), row.total(), 8);
            }
        }
        docx.createParagraph();
    }

    /** The chart as an inline picture with its text alternative as the description, then the caption. */
    private static void figure(XWPFDocument docx, PlanDocumentModel.Figure f) {
        XWPFParagraph p = docx.createParagraph();
        p.getCTP().addNewPPr();
        p.setKeepNext(true);
        double widthMm = f.widthMm();
        long widthEmu = Math.round(widthMm / 25.4 * 914400);
        long heightEmu = Math.round(widthEmu * (double) f.height() / f.width());
        try {
            XWPFRun run = p.createRun();
            run.addPicture(
                    new java.io.ByteArrayInputStream(f.png()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    "graf.png",
                    (int) widthEmu,
                    (int) heightEmu);
            var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(f.alt());
            inline.getDocPr().setTitle(f.caption());
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("chart could not be added", e);
        }
        XWPFParagraph caption = docx.createParagraph();
        caption.setStyle("Caption");
        run(caption, f.caption(), true, 9);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
    }

    private static void field(XWPFParagraph p, String instruction) {
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    private String msg(String key) {
        return messages.getMessage(key, null, PlanDocumentGenerator.CZECH);
    }

    /** Default font and language (Czech) and the heading, caption and list styles. */
    private static void styles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        CTRPr defaults = CTRPr.Factory.newInstance();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewLang().setVal("cs-CZ");
        defaults.addNewSz().setVal(BigInteger.valueOf(19));
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("cs-CZ");
        int[] sizes = {32, 26, 23, 21, 20, 19};
        for (int level = 1; level <= MAX_LEVEL; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            var ppr = style.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            var spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
            spacing.setAfter(BigInteger.valueOf(120));
            var rpr = style.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            rpr.addNewColor().setVal("0B3D6E");
            styles.addStyle(new XWPFStyle(style));
        }
        simple(styles, "Normal", "Normal", null);
        simple(styles, "Title", "Title", "Normal");
        simple(styles, "Caption", "caption", "Normal");
        simple(styles, "TOCHeading", "TOC Heading", "Normal");
        simple(styles, "ListBullet", "List Bullet", "Normal");
    }

    private static void simple(XWPFStyles styles, String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (id.equals("Normal")) {
            style.setDefault(true);
            var rpr = style.addNewRPr();
            rpr.addNewLang().setVal("cs-CZ");
        }
        styles.addStyle(new XWPFStyle(style));
    }
}
