package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.pdf.HtmlToPdf;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The published settlement table as a tagged PDF (PDF/UA structure, PDF/A-3a), A4 landscape, in
 * Czech whatever the UI language (it is an official record of the ORP), with the table's header
 * repeated on every page and "strana X z Y" in the footer. Links are plain {@code |…|} literals in
 * the template: there is no web context while rendering.
 */
@Component
class SettlementPdf {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final CzechFormats fmt;

    SettlementPdf(ITemplateEngine templates, HtmlToPdf pdf, CzechFormats fmt) {
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    /** @param baseUrl the application's absolute address, for the links printed in the table */
    byte[] write(SettlementTable table, String baseUrl) {
        Context context = new Context(CZECH);
        context.setVariable("t", table);
        context.setVariable("baseUrl", baseUrl);
        context.setVariable("fmt", fmt);
        return pdf.renderTagged(templates.process("consultation/settlement-pdf", context), "cs");
    }
}
