package cz.planovna.region;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.pdf.HtmlToPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The comparison as a tagged PDF (landscape A4), from {@code templates/region/comparison-pdf.html}. */
@Component
class RegionPdf {

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final CzechFormats fmt;
    private final Clock clock;

    RegionPdf(ITemplateEngine templates, HtmlToPdf pdf, CzechFormats fmt, ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    byte[] render(RegionComparison comparison, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("c", comparison);
        context.setVariable("fmt", fmt);
        context.setVariable("today", LocalDate.now(clock));
        return pdf.renderTagged(templates.process("region/comparison-pdf", context), locale.getLanguage());
    }
}
