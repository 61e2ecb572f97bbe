package cz.planovna.monitoring;

import cz.planovna.shared.pdf.HtmlToPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The evaluation document as a tagged PDF: title page, contents, bookmarks, page numbers. */
@Component
class EvaluationPdfWriter {

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final MessageSource messages;

    EvaluationPdfWriter(ITemplateEngine templates, HtmlToPdf pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] write(EvaluationDocument doc) {
        Context context = new Context(EvaluationDocumentBuilder.CZECH);
        context.setVariable("doc", doc);
        context.setVariable("tocHeading", msg("evaluation.doc.toc"));
        context.setVariable("pageWord", msg("evaluation.doc.page"));
        context.setVariable("ofWord", msg("evaluation.doc.pageOf"));
        return pdf.renderTagged(templates.process("monitoring/evaluation-pdf", context), "cs");
    }

    private String msg(String key) {
        return messages.getMessage(key, null, EvaluationDocumentBuilder.CZECH);
    }
}
