package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.pdf.HtmlToPdf;
import cz.planovna.shared.text.CzechCollation;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Published minutes as a PDF: the Thymeleaf template {@code process/minutes-pdf} (well-formed
 * XHTML) laid out by {@link HtmlToPdf}, with the document title and language set for accessibility.
 */
@Component
class MinutesPdf {

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final CzechFormats fmt;

    MinutesPdf(ITemplateEngine templates, HtmlToPdf pdf, CzechFormats fmt) {
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    byte[] render(PublicMinutes minutes) {
        Context context = new Context(CzechCollation.CZECH);
        context.setVariable("minutes", minutes);
        context.setVariable("fmt", fmt);
        return pdf.render(templates.process("process/minutes-pdf", context), "cs");
    }
}
