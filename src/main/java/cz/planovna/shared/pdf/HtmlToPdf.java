package cz.planovna.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lays out well-formed XHTML as a PDF with openhtmltopdf. DejaVu Sans (regular and bold) is
 * embedded, so every Czech letter prints anywhere; templates ask for {@code font-family: 'DejaVu
 * Sans'}. Title and language come from the document's {@code <title>} and {@code lang}.
 */
@Component
public class HtmlToPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * @param language the document's language (BCP 47, e.g. "cs"): openhtmltopdf does not copy
     *     {@code lang} into the PDF, and screen readers need it to read Czech as Czech
     */
    public byte[] render(String xhtml, String language) {
        return withLanguage(render(xhtml, false), language);
    }

    /**
     * A tagged PDF (PDF/UA structure: headings, tables, lists and reading order for screen readers)
     * in the given language.
     */
    public byte[] renderTagged(String xhtml, String language) {
        return withLanguage(render(xhtml, true), language);
    }

    private byte[] withLanguage(byte[] pdf, String language) {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setLanguage(language);
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            // viewers show the title, not the file name
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be written", e);
        }
    }

    public byte[] render(String xhtml) {
        return render(xhtml, false);
    }

    private byte[] render(String xhtml, boolean tagged) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(tagged);
            builder.useFont(
                    () -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("fonts/DejaVuSans-Bold.ttf"),
                    FONT_FAMILY,
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be written", e);
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
