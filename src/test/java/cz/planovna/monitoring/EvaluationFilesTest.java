package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The PDF and DOCX of the fixture of {@link EvaluationMother} opened with PDFBox and POI: tagged
 * PDF in Czech with bookmarks, real DOCX headings, and the hand-computed figures in both.
 */
@SpringBootTest
class EvaluationFilesTest {

    static final String N = "\u00A0";

    @Autowired
    EvaluationDocumentBuilder builder;

    @Autowired
    EvaluationPdfWriter pdf;

    @Autowired
    EvaluationDocxWriter docx;

    EvaluationDocument doc() {
        return EvaluationDocumentBuilderTest.yearly2020(builder).typeset();
    }

    @Test
    void pdfIsTaggedCzechWithBookmarksAndTheHandComputedFigures() throws Exception {
        byte[] bytes = pdf.write(doc());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/evaluation-fixture.pdf"), bytes);
        try (PDDocument file = Loader.loadPDF(bytes)) {
            assertThat(file.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(file.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            assertThat(file.getDocumentInformation().getTitle()).isEqualTo("Roční evaluace akčního plánu 2020");
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item :
                    file.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle().replace(N, " "));
            }
            assertThat(bookmarks).startsWith("Shrnutí", "Plnění podle priorit, cílů a opatření");
            String text = new PDFTextStripper().getText(file).replace(N, " ");
            assertThat(text)
                    .contains("Obec s rozšířenou působností: Blatná")
                    .contains("1.1.1 Pečovatelská služba 75 % částečně splněno splněno")
                    .contains("Plán celkem 62,5 % částečně splněno")
                    .contains("Obce 1 650 000 Kč 1 550 000 Kč 93,9 %")
                    .contains("Státní dotace 343 475 Kč 393 475 Kč 114,6 %")
                    .contains("Celkem 2 493 475 Kč 1 943 475 Kč 77,9 %")
                    .contains("Klienti (osob) 10 14 13 75 %")
                    .contains("Víkendy fungují.")
                    .contains("Spokojenost účastníků 4 z 5");
        }
    }

    @Test
    void docxHasRealHeadingsAndTheSameFigures() throws Exception {
        byte[] bytes = docx.write(doc());
        Files.write(Path.of("target/evaluation-fixture.docx"), bytes);
        try (XWPFDocument file = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(file.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyle()))
                            .map(p -> p.getText().replace(N, " ")))
                    .containsExactly(
                            "Shrnutí",
                            "Plnění podle priorit, cílů a opatření",
                            "Finance podle zdrojů",
                            "Indikátory",
                            "Závěry koordinátora",
                            "Evaluace procesu plánování");
            assertThat(file.getParagraphs().stream()
                            .filter(p -> "Heading2".equals(p.getStyle()))
                            .map(p -> p.getText().replace(N, " ")))
                    .contains("1 Senioři", "2 Rodiny", "Silné stránky procesu");
            XWPFTable money = file.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Zdroj"))
                    .findFirst()
                    .orElseThrow();
            assertThat(money.getRow(4).getCell(1).getText()).isEqualTo("2" + N + "493" + N + "475" + N + "Kč");
            assertThat(money.getRow(4).getCell(3).getText()).isEqualTo("77,9" + N + "%");
            assertThat(money.getRow(0).isRepeatHeader()).isTrue();
            assertThat(file.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Roční evaluace akčního plánu 2020");
        }
    }
}
