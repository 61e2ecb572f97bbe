package cz.planovna.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
        return withLanguage(render(xhtml), language);
    }

    private static byte[] withLanguage(byte[] pdf, String language) {
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

    /**
     * A tagged, accessible PDF (PDF/UA structure tree, PDF/A-3a with an sRGB output intent): every
     * heading, paragraph, list and table is tagged, so screen readers and reflow work. Slower than
     * {@link #render(String, String)}; the document must give every image an alt text.
     */
    public byte[] renderTagged(String xhtml, String language) {
        return withLanguage(render(xhtml, true), language);
    }

    private byte[] render(String xhtml, boolean tagged) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            if (tagged) {
                builder.usePdfUaAccessbility(true);
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
                builder.useColorProfile(
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
            builder.useFastMode();
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
