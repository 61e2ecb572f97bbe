package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The first reading of an import steps over the items without building them ({@link
 * RegisterItems#skip()}): it must see the same items, identifiers and checksum as the full reading,
 * and refuse the same broken files.
 */
class RegisterItemsSkipTest {

    @TempDir
    Path temp;

    @Test
    void skippingFindsTheIdentifiersTheMapperReads() throws Exception {
        Path file = write("{\"polozky\": ["
                + "{\"id\": 1, \"identifikator\": \" 123 \", \"nazev\": {\"identifikator\": \"nested\"}},"
                + "{\"identifikator\": 456},"
                + "{\"identifikator\": {\"x\": 1}},"
                + "{\"identifikator\": [\"a\"], \"dalsi\": [1, [2, {\"identifikator\": \"deep\"}]]},"
                + "{\"identifikator\": null},"
                + "{\"identifikator\": \"\"},"
                + "{\"identifikator\": \"first\", \"identifikator\": \"second\"},"
                + "{\"identifikator\": \"first\", \"identifikator\": {}},"
                + "7, \"text\", [\"identifikator\"], null,"
                + "{\"zarizeni\": [{\"identifikator\": \"inner\"}], \"identifikator\": \"after\"}"
                + "], \"konec\": true}");

        List<String> full = new ArrayList<>();
        String fullSha;
        try (RegisterItems items = RegisterItems.open(file)) {
            for (JsonNode item = items.next(); item != null; item = items.next()) {
                full.add(items.position() + ":" + RegisterRecordMapper.identifierOf(item));
            }
            fullSha = items.sha256Hex();
        }
        List<String> skipped = new ArrayList<>();
        String skippedSha;
        try (RegisterItems items = RegisterItems.open(file)) {
            while (items.skip()) {
                skipped.add(items.position() + ":" + items.skippedIdentifier());
            }
            skippedSha = items.sha256Hex();
        }

        assertThat(skipped)
                .containsExactly(
                        "1:123",
                        "2:456",
                        "3:null",
                        "4:null",
                        "5:null",
                        "6:null",
                        "7:second",
                        "8:null",
                        "9:null",
                        "10:null",
                        "11:null",
                        "12:null",
                        "13:after")
                .isEqualTo(full);
        assertThat(skippedSha).isEqualTo(fullSha);
    }

    @Test
    void aFileCutInsideAnItemIsRefusedAsTruncated() throws Exception {
        Path file =
                write("{\"polozky\": [{\"identifikator\": \"1\"}, {\"identifikator\": \"2\", \"zarizeni\": [{\"a\":");

        RegisterFileRefused refused = catchThrowableOfType(RegisterFileRefused.class, () -> skipAll(file));

        assertThat(refused.reason()).isEqualTo(RefusalReason.TRUNCATED);
    }

    @Test
    void brokenJsonInsideAnItemIsRefusedWithItsPlace() throws Exception {
        Path file = write("{\"polozky\": [{\"identifikator\": \"1\"},\n{\"identifikator\": \"2\" \"nazev\": 3}]}");

        RegisterFileRefused refused = catchThrowableOfType(RegisterFileRefused.class, () -> skipAll(file));

        assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_JSON);
        assertThat(refused.line()).isEqualTo(2);
    }

    @Test
    void contentAfterTheRootObjectIsRefused() throws Exception {
        Path file = write("{\"polozky\": [{\"identifikator\": \"1\"}]} {}");

        RegisterFileRefused refused = catchThrowableOfType(RegisterFileRefused.class, () -> skipAll(file));

        assertThat(refused.reason()).isEqualTo(RefusalReason.CONTENT_AFTER_END);
    }

    private int skipAll(Path file) throws RegisterFileRefused {
        int n = 0;
        try (RegisterItems items = RegisterItems.open(file)) {
            while (items.skip()) {
                n++;
            }
        }
        return n;
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(temp, "rpss", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
