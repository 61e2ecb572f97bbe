package cz.planovna.strategy;

import cz.planovna.shared.docx.DocxFrame;
import cz.planovna.strategy.PlanDocumentModel.Block;
import cz.planovna.strategy.PlanDocumentModel.Items;
import cz.planovna.strategy.PlanDocumentModel.Paragraph;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan document as DOCX (Word, LibreOffice) in the common frame of {@link DocxFrame}: up to six
 * heading levels, bulleted lists, charts as pictures with their text alternative, the plan's name
 * in the header.
 */
@Component
class PlanDocxWriter {

    static final int MAX_LEVEL = 6;

    private final MessageSource messages;

    PlanDocxWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** @param doc the typeset document */
    byte[] write(PlanDocumentModel doc) {
        XWPFDocument docx = DocxFrame.open(
                new DocxFrame.Front(
                        doc.title(),
                        doc.orpName(),
                        doc.subtitle(),
                        doc.footer(),
                        msg("strategy.doc.page"),
                        msg("strategy.doc.pageOf"),
                        doc.titleFacts(),
                        msg("strategy.doc.toc")),
                MAX_LEVEL);
        for (Section chapter : doc.chapters()) {
            section(docx, chapter, 1);
        }
        return DocxFrame.bytes(docx);
    }

    private void section(XWPFDocument docx, Section s, int level) {
        DocxFrame.heading(docx, s.heading(), level, MAX_LEVEL);
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

    /** Numbers (cells with a value) are right-aligned, and so is a header above a numeric first row. */
    private static void table(XWPFDocument docx, Table t) {
        List<Row> rows = t.rows();
        DocxFrame.table(
                docx,
                t.caption(),
                t.header(),
                rows.stream()
                        .map(r -> r.cells().stream()
                                .map(PlanDocumentModel.Cell::text)
                                .toList())
                        .toList(),
                (r, i) -> t.numbersRight()
                        && !rows.isEmpty()
                        && rows.get(Math.max(r, 0)).cells().size() > i
                        && rows.get(Math.max(r, 0)).cells().get(i).value() != null,
                r -> rows.get(r).total());
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
        DocxFrame.run(caption, f.caption(), true, 9);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, PlanDocumentGenerator.CZECH);
    }
}
