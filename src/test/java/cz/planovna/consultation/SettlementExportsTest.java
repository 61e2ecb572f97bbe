package cz.planovna.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.shared.mail.OutgoingMail;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The settlement table's PDF, XLSX and outcome e-mail, built from a table in memory: every column
 * is there, a hidden comment shows the moderation reason instead of its text, Czech dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementExportsTest {

    static final String BASE = "https://planovna.example.cz";

    @Autowired
    SettlementPdf pdf;

    @Autowired
    SettlementSpreadsheet spreadsheet;

    @Autowired
    SettlementMails mails;

    static SettlementTable table() {
        return new SettlementTable(
                7,
                3202,
                "Domažlice",
                "Připomínkování návrhu plánu",
                "Střednědobý plán rozvoje sociálních služeb 2020–2022",
                LocalDate.of(2019, 6, 1),
                LocalDate.of(2019, 6, 30),
                Instant.parse("2019-07-15T08:00:00Z"),
                List.of(
                        new SettlementRow(
                                1,
                                1,
                                LocalDate.of(2019, 6, 3),
                                null,
                                "1.2.1 Odlehčovací služba",
                                "Chybí odlehčovací služba pro rodiny v Kdyni.",
                                null,
                                CommentOutcome.ACCEPTED,
                                "Doplněna aktivita v Kdyni.",
                                "1.2.1 Odlehčovací služba",
                                "/orp/3202/plan?plan=5#uzel-12"),
                        new SettlementRow(
                                2,
                                2,
                                LocalDate.of(2019, 6, 10),
                                null,
                                null,
                                null,
                                "Urážlivý obsah",
                                CommentOutcome.NOTED,
                                null,
                                null,
                                null),
                        new SettlementRow(
                                3,
                                3,
                                LocalDate.of(2019, 6, 28),
                                null,
                                "2 Rodiny s dětmi",
                                "=Zvýšit rozpočet na 2 mil.",
                                null,
                                CommentOutcome.NOT_ACCEPTED,
                                "Rozpočet obce to neumožňuje.",
                                null,
                                null)));
    }

    @Test
    void thePdfIsTaggedLandscapeCzechAndHasEveryRow() throws Exception {
        byte[] bytes = pdf.write(table(), BASE);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "vyporadani.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Vypořádání připomínek – Střednědobý plán rozvoje sociálních služeb 2020–2022");
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            String text =
                    new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Vypořádání připomínek")
                    .contains("ORP Domažlice")
                    .contains("Připomínkování od 1. 6. 2019 do 30. 6. 2019")
                    .contains("Chybí odlehčovací služba pro rodiny v Kdyni.")
                    .contains("přijato")
                    .contains("Doplněna aktivita v Kdyni.")
                    .contains("Text připomínky byl skryt moderátorem. Důvod: Urážlivý obsah")
                    .contains("vzato na vědomí")
                    .contains("nepřijato")
                    .contains("celý dokument")
                    .contains("strana 1 z " + doc.getNumberOfPages());
            assertThat(text).doesNotContain("null");
        }
    }

    @Test
    void theXlsxHasAHeaderRowWrappedTextAndAnAutofilter() throws Exception {
        byte[] bytes = spreadsheet.write(table(), BASE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int head = headerRow(sheet);
            Row header = sheet.getRow(head);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Č.");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Text připomínky");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Vypořádání");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (head + 1) + ":G" + (head + 4));
            Row first = sheet.getRow(head + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("3.\u00a06.\u00a02019");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("přijato");
            assertThat(first.getCell(6).getStringCellValue())
                    .isEqualTo("1.2.1 Odlehčovací služba\n" + BASE + "/orp/3202/plan?plan=5#uzel-12");
            assertThat(first.getCell(3).getCellStyle().getWrapText()).isTrue();
            Row hidden = sheet.getRow(head + 2);
            assertThat(hidden.getCell(2).getStringCellValue()).isEqualTo("celý dokument");
            assertThat(hidden.getCell(3).getStringCellValue())
                    .isEqualTo("Text připomínky byl skryt moderátorem. Důvod: Urážlivý obsah");
            Row formulaLike = sheet.getRow(head + 3);
            assertThat(formulaLike.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaLike.getCell(3).getStringCellValue()).isEqualTo("=Zvýšit rozpočet na 2 mil.");
            assertThat(formulaLike.getCell(6).getStringCellValue()).isEqualTo("–");
        }
    }

    @Test
    void theOutcomeMailListsTheCommentsOfOneAddress() {
        SettlementTable t = table();
        OutgoingMail mail = mails.outcome(
                t, "jana@example.cz", List.of(t.rows().get(0), t.rows().get(2)), BASE + "/x");
        assertThat(mail.to()).isEqualTo("jana@example.cz");
        assertThat(mail.subject())
                .isEqualTo("Vypořádání vašich připomínek – Střednědobý plán rozvoje sociálních služeb 2020–2022");
        assertThat(mail.text())
                .contains("Připomínka č. 1 (3.\u00a06.\u00a02019):")
                .contains("> Chybí odlehčovací služba pro rodiny v Kdyni.")
                .contains("Vypořádání: přijato")
                .contains("Odůvodnění: Doplněna aktivita v Kdyni.")
                .contains("Změněná položka: 1.2.1 Odlehčovací služba")
                .contains("Připomínka č. 3")
                .contains("Vypořádání: nepřijato")
                .contains(BASE + "/x")
                .doesNotContain("Připomínka č. 2");
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && "Č.".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }
}
