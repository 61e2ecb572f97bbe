package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Uploaded names made safe, and download names for every browser. */
class FileNamesTest {

    @Test
    void pathsControlAndDirectionCharactersGoCzechLettersStay() {
        assertThat(FileNames.sanitise("C:\\Users\\jana\\Plán péče – Blatná.docx"))
                .isEqualTo("Plán péče – Blatná.docx");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("zápis\u0000\n\t2018.pdf")).isEqualTo("zápis2018.pdf");
        // U+202E turns "faktura‮fdp.exe" into what looks like "fakturaexe.pdf"
        assertThat(FileNames.sanitise("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe");
        assertThat(FileNames.sanitise("a<b>:\"c|?*.pdf")).isEqualTo("a_b___c___.pdf");
        assertThat(FileNames.sanitise("...skryty.pdf")).isEqualTo("skryty.pdf");
        assertThat(FileNames.sanitise("   ")).isEqualTo("soubor");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("ž".repeat(300) + ".pdf");

        assertThat(name).hasSize(FileNames.MAX).endsWith(".pdf");
    }

    @Test
    void attachmentNamesTheFileInAsciiAndInUtf8() {
        assertThat(FileNames.attachment("Jednací řád \"ŘS\".pdf"))
                .isEqualTo("attachment; filename=\"Jednaci rad _RS_.pdf\"; "
                        + "filename*=UTF-8''Jednac%C3%AD%20%C5%99%C3%A1d%20%22%C5%98S%22.pdf");
    }
}
