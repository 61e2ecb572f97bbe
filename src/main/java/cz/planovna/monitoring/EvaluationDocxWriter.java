package cz.planovna.monitoring;

import cz.planovna.monitoring.EvaluationDocument.Block;
import cz.planovna.monitoring.EvaluationDocument.Chapter;
import cz.planovna.monitoring.EvaluationDocument.Paragraph;
import cz.planovna.monitoring.EvaluationDocument.Row;
import cz.planovna.monitoring.EvaluationDocument.Table;
import cz.planovna.shared.docx.DocxFrame;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evaluation document as DOCX in the common frame of {@link DocxFrame}: Heading 1–3, a TOC
 * field filled in on opening, tables with a repeating header row, Czech as the language.
 */
@Component
class EvaluationDocxWriter {

    static final int MAX_LEVEL = 3;

    private final MessageSource messages;

    EvaluationDocxWriter(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(EvaluationDocument doc) {
        XWPFDocument docx = DocxFrame.open(
                new DocxFrame.Front(
                        doc.title(),
                        doc.orpName(),
                        doc.subtitle(),
                        doc.footer(),
                        msg("evaluation.doc.page"),
                        msg("evaluation.doc.pageOf"),
                        doc.titleFacts(),
                        msg("evaluation.doc.toc")),
                MAX_LEVEL);
        for (Chapter chapter : doc.chapters()) {
            chapter(docx, chapter, 1);
        }
        return DocxFrame.bytes(docx);
    }

    private void chapter(XWPFDocument docx, Chapter c, int level) {
        DocxFrame.heading(docx, c.heading(), level, MAX_LEVEL);
        for (Block b : c.blocks()) {
            if (b instanceof Paragraph p) {
                docx.createParagraph().createRun().setText(p.text());
            } else {
                Table t = (Table) b;
                DocxFrame.table(
                        docx,
                        t.caption(),
                        t.header(),
                        t.rows().stream().map(Row::cells).toList(),
                        (row, column) -> t.right(column),
                        row -> t.rows().get(row).bold());
            }
        }
        c.subchapters().forEach(sub -> chapter(docx, sub, level + 1));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, EvaluationDocumentBuilder.CZECH);
    }
}
