package cz.planovna.process;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Published minutes as a PDF: the Thymeleaf template {@code process/minutes-pdf} (well-formed
 * XHTML) laid out by openhtmltopdf, with DejaVu Sans embedded so every Czech letter prints, and
 * the document title and language set for accessibility.
 */
@Component
class MinutesPdf {

    private final ITemplateEngine templates;
    private final CzechFormats fmt;

    MinutesPdf(ITemplateEngine templates, CzechFormats fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    byte[] render(PublicMinutes minutes) {
        Context context = new Context(CzechCollation.CZECH);
        context.setVariable("minutes", minutes);
        context.setVariable("fmt", fmt);
        String xhtml = templates.process("process/minutes-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("minutes PDF could not be written", e);
        }
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " is missing", e);
        }
    }
}
