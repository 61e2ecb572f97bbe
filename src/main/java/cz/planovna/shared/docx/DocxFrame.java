package cz.planovna.shared.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.IntPredicate;
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

/**
 * What every generated Word document of Plánovna shares (the plan document, action plans, the
 * pipeline, evaluations): real Heading styles (so the navigation pane and the contents work), Czech
 * as the language of every text and of the document, the header line, "strana X z Y" in the
 * footer, the title page, a TOC field that word processors fill in on opening, and tables whose
 * header row repeats on every page.
 */
public final class DocxFrame {

    public static final String FONT = "DejaVu Sans";
    private static final int[] HEADING_SIZES = {32, 26, 23, 21, 20, 19};

    /** The title page and the running texts of a document, already in Czech. */
    public record Front(
            String title,
            String creator,
            String subtitle,
            String header,
            String pageWord,
            String pageOfWord,
            List<String> titleFacts,
            String contentsHeading) {}

    /** Where a cell's text is aligned to the right; {@code row} is -1 for the header row. */
    @FunctionalInterface
    public interface RightAligned {
        boolean test(int row, int column);
    }

    private DocxFrame() {}

    /** A new document with heading styles 1 … {@code headingLevels}, its title page and contents. */
    public static XWPFDocument open(Front front, int headingLevels) {
        XWPFDocument docx = new XWPFDocument();
        styles(docx, headingLevels);
        docx.getProperties().getCoreProperties().setTitle(front.title());
        docx.getProperties().getCoreProperties().setCreator(front.creator());
        docx.getProperties().getCoreProperties().setSubjectProperty(front.subtitle());
        try {
            docx.getPackage().getPackageProperties().setLanguageProperty("cs-CZ");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("DOCX properties could not be set", e);
        }

        XWPFParagraph header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        run(header, front.header(), false, 8);
        XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.RIGHT);
        run(footer, front.pageWord() + " ", false, 8);
        field(footer, "PAGE");
        run(footer, " " + front.pageOfWord() + " ", false, 8);
        field(footer, "NUMPAGES");

        XWPFParagraph subtitle = docx.createParagraph();
        subtitle.setSpacingBefore(4000);
        run(subtitle, front.subtitle(), false, 14);
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("Title");
        run(title, front.title(), true, 26);
        for (String fact : front.titleFacts()) {
            run(docx.createParagraph(), fact, false, 11);
        }

        XWPFParagraph tocHeading = docx.createParagraph();
        tocHeading.setPageBreak(true);
        tocHeading.setStyle("TOCHeading");
        run(tocHeading, front.contentsHeading(), true, 16);
        XWPFParagraph toc = docx.createParagraph();
        toc.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        docx.enforceUpdateFields();
        return docx;
    }

    /** The document's bytes; closes it. */
    public static byte[] bytes(XWPFDocument docx) {
        try (docx;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("DOCX could not be written", e);
        }
    }

    /** A heading of the level (deeper levels use the deepest style); chapters start on a new page. */
    public static void heading(XWPFDocument docx, String text, int level, int maxLevel) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle("Heading" + Math.min(level, maxLevel));
        if (level == 1) {
            heading.setPageBreak(true);
        }
        heading.createRun().setText(text);
    }

    /** A captioned table; the header row repeats on every page and no row splits across pages. */
    public static void table(
            XWPFDocument docx,
            String caption,
            List<String> header,
            List<List<String>> rows,
            RightAligned right,
            IntPredicate boldRow) {
        XWPFParagraph captionParagraph = docx.createParagraph();
        captionParagraph.setStyle("Caption");
        captionParagraph.setKeepNext(true);
        run(captionParagraph, caption, true, 9);
        int columns = header.size();
        XWPFTable table = docx.createTable(rows.size() + 1, columns);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setColor("E6EEF6");
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (right.test(-1, i)) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(p, header.get(i), true, 8);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int i = 0; i < columns && i < row.size(); i++) {
                XWPFParagraph p = line.getCell(i).getParagraphs().get(0);
                if (right.test(r, i)) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(p, row.get(i), boldRow.test(r), 8);
            }
        }
        docx.createParagraph();
    }

    public static void run(XWPFParagraph p, String text, boolean bold, int size) {
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

    /** Default font and language (Czech) and the heading, caption, title and list styles. */
    private static void styles(XWPFDocument docx, int headingLevels) {
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
        for (int level = 1; level <= headingLevels; level++) {
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
            rpr.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
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
            style.addNewRPr().addNewLang().setVal("cs-CZ");
        }
        styles.addStyle(new XWPFStyle(style));
    }
}
