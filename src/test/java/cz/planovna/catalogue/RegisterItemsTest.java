package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The streaming reader of rpss.json: items one by one, and a precise reason for a broken file. */
class RegisterItemsTest {

    @TempDir
    Path temp;

    @Test
    void readsTheItemsInOrderAndOtherRootFieldsAreSkipped() throws Exception {
        Path file = write("{\"verze\": {\"a\": [1, 2]}, \"polozky\": [{\"identifikator\": \"1\"}, 7,"
                + " {\"identifikator\": \"3\"}], \"datum\": \"2026-08-31\"}");

        List<String> items = new ArrayList<>();
        try (RegisterItems reader = RegisterItems.open(file)) {
            for (JsonNode item = reader.next(); item != null; item = reader.next()) {
                items.add(reader.position() + ":" + item);
            }
            assertThat(reader.next()).isNull();
        }

        assertThat(items).containsExactly("1:{\"identifikator\":\"1\"}", "2:7", "3:{\"identifikator\":\"3\"}");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = temp.resolve("bom.json");
        byte[] json = "{\"polozky\": [{}]}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);

        assertThat(count(file)).isEqualTo(1);
    }

    @Test
    void theChecksumCoversTheWholeFile() throws Exception {
        Path a = write("{\"polozky\": [{\"identifikator\": \"1\"}]}");
        Path b = write("{\"polozky\": [{\"identifikator\": \"2\"}]}");

        assertThat(sha(a)).hasSize(64).isEqualTo(sha(a)).isNotEqualTo(sha(b));
    }

    /**
     * Wherever the sample is cut, the reader notices; never an item too many, never a crash. Every
     * byte of the first service (which has every kind of value) and every 11th byte after it.
     */
    @Test
    void everyCutOfTheSampleIsRefusedAsTruncated() throws Exception {
        byte[] sample = RegisterFolderMother.read(
                Path.of(getClass().getResource("/register/sample/rpss.json").toURI()));
        Path file = temp.resolve("cut.json");
        for (int length = 0; length < sample.length - 1; length += length < 3_300 ? 1 : 11) {
            Files.write(file, Arrays.copyOf(sample, length));
            RegisterFileRefused refused = catchThrowableOfType(RegisterFileRefused.class, () -> count(file));
            assertThat(refused).as("cut at byte %d", length).isNotNull();
            RefusalReason expected = length == 0 || isBlank(sample, length)
                    ? RefusalReason.NO_ITEMS_ARRAY
                    : insideMultiByteCharacter(sample, length) ? RefusalReason.NOT_UTF8 : RefusalReason.TRUNCATED;
            assertThat(refused.reason())
                    .as("cut at byte %d: %s", length, refused.getMessage())
                    .isEqualTo(expected);
        }
    }

    @Test
    void invalidBytesAreNotUtf8EvenInsideSkippedFields() throws Exception {
        Path file = temp.resolve("latin2.json");
        byte[] json = "{\"poznamka\": \"Pisek X\", \"polozky\": []}".getBytes(StandardCharsets.UTF_8);
        json[19] = (byte) 0xED; // "í" in Windows-1250 where "X" was
        Files.write(file, json);

        assertThatThrownBy(() -> count(file))
                .isInstanceOfSatisfying(
                        RegisterFileRefused.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.NOT_UTF8));
    }

    @Test
    void aSecondDocumentAfterTheFirstIsRefused() throws Exception {
        Path file = write("{\"polozky\": []} {\"polozky\": []}");

        assertThatThrownBy(() -> count(file))
                .isInstanceOfSatisfying(
                        RegisterFileRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.CONTENT_AFTER_END));
    }

    @Test
    void aSecondItemsArrayIsRefusedNotIgnored() throws Exception {
        Path file = write("{\"polozky\": [{}], \"polozky\": [{}]}");

        assertThatThrownBy(() -> count(file))
                .isInstanceOfSatisfying(
                        RegisterFileRefused.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.MALFORMED_JSON));
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> RegisterItems.open(temp.resolve("nothing.json")))
                .isInstanceOfSatisfying(
                        RegisterFileRefused.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.FILE_MISSING));
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(temp, "rpss", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static int count(Path file) throws RegisterFileRefused {
        int n = 0;
        try (RegisterItems items = RegisterItems.open(file)) {
            while (items.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static String sha(Path file) throws RegisterFileRefused {
        try (RegisterItems items = RegisterItems.open(file)) {
            while (items.next() != null) {
                // read to the end
            }
            return items.sha256Hex();
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The cut leaves the first bytes of a multi-byte UTF-8 sequence at the end. */
    private static boolean insideMultiByteCharacter(byte[] bytes, int length) {
        return length < bytes.length && (bytes[length] & 0xC0) == 0x80;
    }
}
