package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** The library's upload checks: the kind comes from the content, the name only has to agree. */
class FileChecksTest {

    final FileChecks checks = new FileChecks(DataSize.ofMegabytes(20));

    @Test
    void aRealPdfIsAcceptedAsPdf() {
        CheckedFile file = checks.check("Statut řídící skupiny.pdf", DocumentFiles.pdf("Statut"));

        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(file.name()).isEqualTo("Statut řídící skupiny.pdf");
        assertThat(file.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void aWindowsProgramRenamedToPdfIsRefused() {
        assertRefused("faktura.pdf", DocumentFiles.exe(), "process.validation.document.file.disguised");
    }

    @Test
    void aLinuxProgramRenamedToPdfIsRefused() {
        assertRefused("zapis.pdf", DocumentFiles.elf(), "process.validation.document.file.disguised");
    }

    @Test
    void aWordDocumentIsAZipWithWordPartsAndIsAccepted() {
        assertThat(checks.check("Plán.docx", DocumentFiles.docx()).kind()).isEqualTo(FileKind.DOCX);
        assertThat(checks.check("Plán.odt", DocumentFiles.odt()).kind()).isEqualTo(FileKind.ODT);
    }

    @Test
    void aWordDocumentNamedAsASpreadsheetIsRefusedNamingWhatItIs() {
        assertThatThrownBy(() -> checks.check("tabulka.xlsx", DocumentFiles.docx()))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("process.validation.document.file.mismatch");
                    assertThat(e.arguments()).containsExactly("xlsx", "DOCX");
                });
    }

    @Test
    void aPlainZipRenamedToDocxIsRefused() {
        assertRefused("plan.docx", DocumentFiles.plainZip(), "process.validation.document.file.disguised");
    }

    @Test
    void aPdfRenamedToPngIsRefused() {
        assertRefused("obrazek.png", DocumentFiles.pdf("x"), "process.validation.document.file.mismatch");
    }

    @Test
    void textAndCsvAreAcceptedButHtmlNamedTxtIsNot() {
        assertThat(checks.check("seznam.csv", DocumentFiles.text("obec;počet\nBlatná;12\n"))
                        .kind())
                .isEqualTo(FileKind.CSV);
        assertThat(checks.check("poznámky.txt", DocumentFiles.text("Poznámky z jednání"))
                        .kind())
                .isEqualTo(FileKind.TXT);
        assertRefused(
                "stranka.txt",
                DocumentFiles.text("<html><script>alert(1)</script></html>"),
                "process.validation.document.file.disguised");
        assertThat(checks.check("logo.png", DocumentFiles.png()).kind()).isEqualTo(FileKind.PNG);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("prazdny.pdf", new byte[0], "process.validation.document.file.empty");
        MockMultipartFile empty = new MockMultipartFile("file", "prazdny.pdf", "application/pdf", new byte[0]);
        assertThatThrownBy(() -> checks.check(empty))
                .hasFieldOrPropertyWithValue("messageKey", "process.validation.document.file.empty");
    }

    @Test
    void noFileChosenIsRefused() {
        MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
        assertThatThrownBy(() -> checks.check(none))
                .hasFieldOrPropertyWithValue("messageKey", "process.validation.document.file.required");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() {
        FileChecks small = new FileChecks(DataSize.ofKilobytes(1));
        byte[] pdf = DocumentFiles.pdf("Dlouhý dokument");
        assertThat(pdf.length).isGreaterThan(1024);

        assertThatThrownBy(() -> small.check("velky.pdf", pdf))
                .isInstanceOfSatisfying(
                        UploadRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("process.validation.document.file.large"));
        assertThatThrownBy(() -> checks.check("velky.pdf", new byte[20 * 1024 * 1024 + 1]))
                .hasFieldOrPropertyWithValue("messageKey", "process.validation.document.file.large");
        assertThat(checks.check("presne.txt", DocumentFiles.text("a".repeat(1000)))
                        .size())
                .isEqualTo(1000);
    }

    @Test
    void aNameWithoutAnAcceptedExtensionIsRefused() {
        assertRefused("program.exe", DocumentFiles.exe(), "process.validation.document.file.type");
        assertRefused("bez-pripony", DocumentFiles.pdf("x"), "process.validation.document.file.type");
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> checks.check(name, content))
                .isInstanceOf(UploadRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
