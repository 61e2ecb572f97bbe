package cz.planovna.catalogue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded ZIP with the register export into a new folder. Only the files an import
 * reads are taken ({@code rpss.json} and the code lists), by their bare name wherever they sit in
 * the archive; they are written under the application's own constant names, so no entry name can
 * reach outside the folder. Everything else in the archive is skipped. The unpacked size is capped
 * (a ZIP bomb stops at the limit).
 */
final class RegisterUpload {

    static final List<String> ACCEPTED_FILES = List.of(
            RegisterImport.REGISTER_FILE,
            RegisterCodeLists.TYPES_FILE,
            RegisterCodeLists.TARGET_GROUPS_FILE,
            RegisterCodeLists.FORMS_FILE,
            RegisterCodeLists.AGE_GROUPS_FILE);

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** Why an upload was not accepted: a message key of the catalogue and its arguments. */
    static final class Rejected extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        Rejected(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    private RegisterUpload() {}

    /** @return a new folder under {@code parent} holding the accepted files; the caller deletes it */
    static Path unpack(String originalName, InputStream upload, Path parent, long maxUnpackedBytes)
            throws Rejected, IOException {
        if (originalName == null || !originalName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new Rejected("catalogue.importUi.error.notZip");
        }
        BufferedInputStream in = new BufferedInputStream(upload);
        in.mark(ZIP_MAGIC.length);
        byte[] head = in.readNBytes(ZIP_MAGIC.length);
        in.reset();
        if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
            throw new Rejected("catalogue.importUi.error.notZip");
        }
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, "register-upload-");
        try {
            unpackInto(in, folder, maxUnpackedBytes);
            return folder;
        } catch (Rejected | IOException | RuntimeException e) {
            deleteFolder(folder);
            throw e;
        }
    }

    private static void unpackInto(InputStream in, Path folder, long maxUnpackedBytes) throws Rejected, IOException {
        Set<String> seen = new HashSet<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String accepted = accepted(entry);
                if (accepted == null) {
                    continue;
                }
                if (!seen.add(accepted)) {
                    throw new Rejected("catalogue.importUi.error.duplicate", accepted);
                }
                Path target = folder.resolve(accepted);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        unpacked += n;
                        if (unpacked > maxUnpackedBytes) {
                            throw new Rejected("catalogue.importUi.error.tooLarge", maxUnpackedBytes / (1024 * 1024));
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new Rejected("catalogue.importUi.error.brokenZip");
        }
        if (!seen.contains(RegisterImport.REGISTER_FILE)) {
            throw new Rejected("catalogue.importUi.error.noRegister", RegisterImport.REGISTER_FILE);
        }
    }

    /** The constant name an entry is stored under, or null when the import does not read it. */
    static String accepted(ZipEntry entry) {
        if (entry.isDirectory()) {
            return null;
        }
        String name = entry.getName().replace('\\', '/');
        String bare = name.substring(name.lastIndexOf('/') + 1);
        return ACCEPTED_FILES.stream().filter(bare::equals).findFirst().orElse(null);
    }

    static void deleteFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the next start of the OS cleans it
        }
    }
}
