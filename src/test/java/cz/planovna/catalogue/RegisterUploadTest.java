package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterUploadTest {

    static final long LIMIT = 10 * 1024 * 1024;

    @TempDir
    Path temp;

    Path unpack(String name, byte[] zip) throws Exception {
        return RegisterUpload.unpack(name, new ByteArrayInputStream(zip), temp.resolve("uploads"), LIMIT);
    }

    @Test
    void theExportIsUnpackedUnderItsOwnNamesWhereverItSatInTheArchive() throws Exception {
        Path source = RegisterFolderMother.sample(temp.resolve("source"), RegisterFolderMother.uniqueTag());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("export/2026-12/", new byte[0]);
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                entries.put("export/2026-12/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        entries.put("export/README.txt", "čtěte mě".getBytes(StandardCharsets.UTF_8));

        Path folder = unpack("Export registru.ZIP", RegisterZips.of(entries));

        assertThat(folder.getParent()).isEqualTo(temp.resolve("uploads"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly(
                            "cilove-skupiny-osoby.json",
                            "druhy-socialni-sluzby.json",
                            "formy-soc-sluzby.json",
                            "rpss.json");
        }
        assertThat(Files.readAllBytes(folder.resolve("rpss.json")))
                .isEqualTo(Files.readAllBytes(source.resolve("rpss.json")));
    }

    @Test
    void entryNamesCannotReachOutsideTheFolder() throws Exception {
        byte[] zip = RegisterZips.of(Map.of(
                "../../outside/rpss.json", "{\"polozky\":[]}".getBytes(StandardCharsets.UTF_8),
                "..\\..\\outside\\druhy-socialni-sluzby.json", "{}".getBytes(StandardCharsets.UTF_8),
                "/etc/evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8)));

        Path folder = unpack("export.zip", zip);

        assertThat(temp.resolve("outside")).doesNotExist();
        assertThat(temp.resolve("uploads").resolve("../outside")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("druhy-socialni-sluzby.json", "rpss.json");
        }
    }

    @Test
    void whatIsNotAZipIsRefusedByNameAndByContent() {
        byte[] zip = RegisterZips.of(Map.of("rpss.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertRejected(() -> unpack("rpss.json", zip), "catalogue.importUi.error.notZip");
        assertRejected(() -> unpack(null, zip), "catalogue.importUi.error.notZip");
        assertRejected(
                () -> unpack("export.zip", "{\"polozky\": []}".getBytes(StandardCharsets.UTF_8)),
                "catalogue.importUi.error.notZip");
    }

    @Test
    void aBrokenOrIncompleteArchiveIsRefused() throws Exception {
        byte[] big = new byte[200_000];
        new java.util.Random(3).nextBytes(big);
        byte[] zip = RegisterZips.of(Map.of("rpss.json", big));
        assertRejected(
                () -> unpack("export.zip", Arrays.copyOf(zip, zip.length / 2)), "catalogue.importUi.error.brokenZip");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anArchiveWithoutTheRegisterFileIsRefused() {
        byte[] zip = RegisterZips.of(Map.of("druhy-socialni-sluzby.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertRejected(() -> unpack("export.zip", zip), "catalogue.importUi.error.noRegister");
    }

    @Test
    void aRegisterFileTwiceIsRefused() {
        byte[] zip = RegisterZips.of(Map.of(
                "a/rpss.json", "{}".getBytes(StandardCharsets.UTF_8),
                "b/rpss.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertRejected(() -> unpack("export.zip", zip), "catalogue.importUi.error.duplicate");
    }

    @Test
    void unpackingStopsAtTheLimit() throws Exception {
        // 11 MB of spaces compress to a few kB: a small upload that would fill the disk
        byte[] spaces = new byte[11 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] zip = RegisterZips.of(Map.of("rpss.json", spaces));
        assertThat(zip.length).isLessThan(100_000);
        assertRejected(() -> unpack("bomb.zip", zip), "catalogue.importUi.error.tooLarge");
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws Exception {
        try (var files = Files.list(temp.resolve("uploads"))) {
            return files.toList();
        }
    }

    interface Unpacking {
        Path run() throws Exception;
    }

    private static void assertRejected(Unpacking unpacking, String key) {
        assertThatThrownBy(unpacking::run)
                .isInstanceOf(RegisterUpload.Rejected.class)
                .extracting(e -> ((RegisterUpload.Rejected) e).messageKey())
                .isEqualTo(key);
    }
}
