package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo PDFs ship in the jar instead of being rendered at the first start (ADR 0010). */
class ShippedDemoDocumentsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "statute-blatna.pdf|Čl. 2 Složení: Řídící skupinu tvoří zástupci zadavatelů",
                "rules-blatna.pdf|§ 2 Skupina je usnášeníschopná",
                "presentation-seniors-luhacovice.pdf|Dotazník vyplnilo 212 seniorů z 12 obcí.",
                "presentation-workshop-luhacovice.pdf|Krizová pomoc a azylové bydlení"
            })
    void eachShippedDemoDocumentIsAReadableCzechPdf(String resource, String text) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DocumentDemoData.shipped(resource))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(text);
        }
    }

    @Test
    void aMissingDemoDocumentFailsTheStartWithItsName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentDemoData.shipped("nothing.pdf"))
                .hasMessageContaining("nothing.pdf");
    }
}
