package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;

/**
 * {@code import-register} and {@code generate-register} end to end through the runner: what is
 * printed and the exit code. The runner closes the context it is given before exiting, so it gets
 * a throwaway one instead of the test's.
 */
@SpringBootTest
class CatalogueCommandLineTest {

    @Autowired
    CatalogueCommands commands;

    @Autowired
    CatalogueQueries catalogue;

    @TempDir
    Path temp;

    record Outcome(int exitCode, String output) {}

    Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        new CatalogueCommandLine(commands, context, new PrintStream(out, true, StandardCharsets.UTF_8), exit::set)
                .run(new DefaultApplicationArguments(args));
        return new Outcome(exit.get(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importOfAGoodFolderPrintsTheReportAndExitsWithZero() {
        String tag = RegisterFolderMother.uniqueTag();
        Path folder = RegisterFolderMother.sample(temp, tag);

        Outcome outcome = run("import-register", folder.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output())
                .contains("Import registru poskytovatelů sociálních služeb – běh č. ")
                .contains("Výsledek: import byl proveden.")
                .contains("Záznamů v souboru: 5, zpracováno: 5, přijato: 5, odmítnuto: 0")
                // what else ended depends on what the database held before
                .contains("\n  Písek (ORP 3108): nové 1, změněné 0, ukončené ")
                .contains("\n    + " + tag + "-9000011 Domov pro seniory Ukázkov — budova A\n");
        assertThat(catalogue.serviceByRegisterId(tag + "-9000011")).isPresent();
    }

    @Test
    void singleBadRecordsAreListedAndTheImportStillSucceeds() {
        String tag = RegisterFolderMother.uniqueTag();
        Path folder = RegisterFolderMother.folder(
                temp, List.of(service(tag + "-ok"), service(tag + "-bad").type("DruhSocialniSluzby/999")));

        Outcome outcome = run("import-register", folder.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output())
                .contains("Odmítnuté záznamy (1):")
                .contains("\n  záznam č. 2 (identifikátor " + tag
                        + "-bad): neznámý kód – druhSocialniSluzby DruhSocialniSluzby/999");
    }

    @Test
    void aTruncatedFileIsRefusedWithExitCodeTwo() {
        String tag = RegisterFolderMother.uniqueTag();
        Path folder = RegisterFolderMother.truncate(RegisterFolderMother.sample(temp, tag), 0.7);
        CatalogueTotals before = catalogue.totals();

        Outcome outcome = run("import-register", folder.toString());

        assertThat(outcome.exitCode()).isEqualTo(CatalogueCommands.EXIT_REFUSED);
        assertThat(outcome.output())
                .contains("Výsledek: soubor byl ODMÍTNUT jako celek, v katalogu se nic nezměnilo.")
                .contains("Důvod: soubor je neúplný (useknutý)")
                .containsPattern("Místo v souboru: řádek \\d+, sloupec \\d+");
        assertThat(catalogue.totals()).isEqualTo(before);
        assertThat(catalogue.serviceByRegisterId(tag + "-9000011")).isEmpty();
    }

    @Test
    void generateWritesAnImportableFolder() {
        Path folder = temp.resolve("generated");

        Outcome outcome = run("generate-register", folder.toString(), "40", "5");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).startsWith("Vygenerováno 40 služeb v ");
        assertThat(folder.resolve("rpss.json")).exists();
        assertThat(folder.resolve("druhy-socialni-sluzby.json")).exists();
    }

    @Test
    void withoutACommandTheRunnerDoesNothing() {
        assertThat(run()).isEqualTo(new Outcome(-1, ""));
        assertThat(run("--server.port=0", "something-else")).isEqualTo(new Outcome(-1, ""));
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        Outcome missingFolder = run("import-register");
        assertThat(missingFolder.exitCode()).isEqualTo(CatalogueCommands.EXIT_ERROR);
        assertThat(missingFolder.output()).startsWith("Použití:");

        Outcome notANumber = run("generate-register", temp.toString(), "mnoho");
        assertThat(notANumber.exitCode()).isEqualTo(CatalogueCommands.EXIT_ERROR);
        assertThat(notANumber.output()).startsWith("Neplatné číslo");
    }
}
