package cz.planovna.strategy;

import cz.planovna.shared.pdf.HtmlToPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The plan document as a tagged PDF (PDF/UA, PDF/A-3a): title page, contents with page numbers,
 * bookmarks from the chapters, the plan's name in the header and "strana X z Y" in the footer.
 */
@Component
class PlanPdfWriter {

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final MessageSource messages;

    PlanPdfWriter(ITemplateEngine templates, HtmlToPdf pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** @param doc the typeset document */
    byte[] write(PlanDocumentModel doc) {
        Context context = new Context(PlanDocumentGenerator.CZECH);
        context.setVariable("doc", doc);
        context.setVariable("tocHeading", msg("strategy.doc.toc"));
        context.setVariable("pageWord", msg("strategy.doc.page"));
        context.setVariable("ofWord", msg("strategy.doc.pageOf"));
        return pdf.renderTagged(templates.process("strategy/document-pdf", context), "cs");
    }

    private String msg(String key) {
        return messages.getMessage(key, null, PlanDocumentGenerator.CZECH);
    }
}
