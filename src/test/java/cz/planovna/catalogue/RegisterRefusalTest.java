package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A file that cannot be read as a whole is refused with a reason, and the catalogue stays as it was. */
@SpringBootTest
class RegisterRefusalTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @TempDir
    Path temp;

    String tag;

    @BeforeEach
    void importAValidCatalogueFirst() {
        tag = RegisterFolderMother.uniqueTag();
        ImportReport baseline = registerImport.importFolder(RegisterFolderMother.sample(temp.resolve("baseline"), tag));
        assertThat(baseline.applied()).isTrue();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of(
                        "cut inside a service",
                        RefusalReason.TRUNCATED,
                        broken(f -> RegisterFolderMother.truncate(f, 0.6))),
                Arguments.of(
                        "cut after the last service", RefusalReason.TRUNCATED, broken(f -> cutBeforeLastBrackets(f))),
                Arguments.of("invalid UTF-8 bytes", RefusalReason.NOT_UTF8, broken(RegisterFolderMother::invalidUtf8)),
                Arguments.of(
                        "not JSON at all",
                        RefusalReason.MALFORMED_JSON,
                        broken(f -> RegisterFolderMother.replaceText(f, "identifikator;nazev\n9000011;Domov\n"))),
                Arguments.of(
                        "a syntax error",
                        RefusalReason.MALFORMED_JSON,
                        broken(f ->
                                RegisterFolderMother.replaceText(f, "{\"polozky\": [{\"identifikator\": \"1\",}]}"))),
                Arguments.of(
                        "no polozky",
                        RefusalReason.NO_ITEMS_ARRAY,
                        broken(f -> RegisterFolderMother.replaceText(f, "{\"items\": []}"))),
                Arguments.of(
                        "polozky not an array",
                        RefusalReason.NO_ITEMS_ARRAY,
                        broken(f -> RegisterFolderMother.replaceText(f, "{\"polozky\": {\"identifikator\": \"1\"}}"))),
                Arguments.of(
                        "a JSON array instead of an object",
                        RefusalReason.NO_ITEMS_ARRAY,
                        broken(f -> RegisterFolderMother.replaceText(f, "[]"))),
                Arguments.of(
                        "an empty file",
                        RefusalReason.NO_ITEMS_ARRAY,
                        broken(f -> RegisterFolderMother.replaceText(f, ""))),
                Arguments.of(
                        "no services",
                        RefusalReason.NO_RECORDS,
                        broken(f -> RegisterFolderMother.replaceText(f, "{\"polozky\": []}"))),
                Arguments.of(
                        "garbage after the document",
                        RefusalReason.CONTENT_AFTER_END,
                        broken(f -> append(f, "\n{\"polozky\": []}"))),
                Arguments.of(
                        "no record usable",
                        RefusalReason.NO_VALID_RECORD,
                        broken(f -> RegisterFolderMother.replaceText(
                                f, "{\"polozky\": [{\"identifikator\": \"x\"}, 42]}"))),
                Arguments.of("no rpss.json", RefusalReason.FILE_MISSING, broken(f -> delete(f.resolve("rpss.json")))),
                Arguments.of(
                        "a code list missing",
                        RefusalReason.FILE_MISSING,
                        broken(f -> delete(f.resolve("druhy-socialni-sluzby.json")))),
                Arguments.of(
                        "a code list of another shape",
                        RefusalReason.CODE_LIST_INVALID,
                        broken(f -> write(f.resolve("formy-soc-sluzby.json"), "{\"polozky\": [{\"kod\": \"pob\"}]}"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRefusedAndNothingChanges(String name, RefusalReason reason, UnaryOperator<Path> breakIt) {
        Path folder = RegisterFolderMother.sample(temp.resolve("broken"), RegisterFolderMother.uniqueTag());
        breakIt.apply(folder);
        CatalogueTotals before = catalogue.totals();
        Map<Integer, Long> activeBefore = catalogue.activeServicesPerDistrict();
        ServiceDetail homeBefore =
                catalogue.serviceByRegisterId(tag + "-9000011").orElseThrow();

        ImportReport report = registerImport.importFolder(folder);

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(report.refusalReason()).isEqualTo(reason);
        assertThat(report.applied()).isFalse();
        assertThat(report.districts()).isEmpty();
        assertThat(catalogue.totals()).isEqualTo(before);
        assertThat(catalogue.activeServicesPerDistrict()).isEqualTo(activeBefore);
        assertThat(catalogue.serviceByRegisterId(tag + "-9000011")).contains(homeBefore);
        assertThat(catalogue.importProgress(report.runId()).orElseThrow().status())
                .isEqualTo(ImportStatus.REFUSED);
    }

    @Test
    void refusalSaysWhereReadingStopped() {
        Path folder = RegisterFolderMother.sample(temp.resolve("cut"), RegisterFolderMother.uniqueTag());
        RegisterFolderMother.truncate(folder, 0.5);

        ImportReport report = registerImport.importFolder(folder);

        assertThat(report.refusalLine()).isPositive();
        assertThat(report.refusalColumn()).isPositive();
        assertThat(catalogue.importRun(report.runId()).orElseThrow().refusalLine())
                .isEqualTo(report.refusalLine());
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeReading(
            @Autowired RegisterApplier applier,
            @Autowired ImportRuns runs,
            @Autowired cz.planovna.territory.TerritoryQueries territory,
            @Autowired org.springframework.context.ApplicationEventPublisher events,
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions,
            @Autowired org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        RegisterImport limited = new RegisterImport(applier, runs, territory, events, transactions, clock, 1_000);
        Path folder = RegisterFolderMother.sample(temp.resolve("large"), RegisterFolderMother.uniqueTag());
        CatalogueTotals before = catalogue.totals();

        ImportReport report = limited.importFolder(folder);

        assertThat(report.refusalReason()).isEqualTo(RefusalReason.TOO_LARGE);
        assertThat(catalogue.totals()).isEqualTo(before);
    }

    private static UnaryOperator<Path> broken(UnaryOperator<Path> operation) {
        return operation;
    }

    private static Path cutBeforeLastBrackets(Path folder) {
        String json = new String(
                RegisterFolderMother.read(RegisterFolderMother.rpss(folder)), java.nio.charset.StandardCharsets.UTF_8);
        return RegisterFolderMother.replaceText(folder, json.substring(0, json.lastIndexOf(']')));
    }

    private static Path append(Path folder, String text) {
        String json = new String(
                RegisterFolderMother.read(RegisterFolderMother.rpss(folder)), java.nio.charset.StandardCharsets.UTF_8);
        return RegisterFolderMother.replaceText(folder, json + text);
    }

    private static Path delete(Path file) {
        try {
            Files.delete(file);
            return file.getParent();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) {
        RegisterFolderMother.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return file.getParent();
    }
}
