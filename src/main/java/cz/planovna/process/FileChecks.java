package cz.planovna.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload before the library keeps it: not empty, not over the limit, a kind the library
 * accepts — found in the content (magic bytes, via Tika), never trusted from the name or the
 * browser — and the same kind as its extension says, so a program renamed to .pdf is refused.
 * Office files are ZIP archives; which one it is comes from the archive's entries.
 */
@Component
class FileChecks {

    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final Tika tika = new Tika();
    private final long maxSize;

    FileChecks(@Value("${planovna.documents.max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize.toBytes();
    }

    long maxSize() {
        return maxSize;
    }

    /** The upload of a form; a missing or unnamed file is refused, an oversized one is not read. */
    CheckedFile check(MultipartFile file) {
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            throw new UploadRejectedException("process.validation.document.file.required");
        }
        if (file.getSize() > maxSize) {
            throw tooLarge();
        }
        try {
            return check(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be read", e);
        }
    }

    CheckedFile check(String originalName, byte[] content) {
        String name = FileNames.sanitise(originalName);
        if (content.length == 0) {
            throw new UploadRejectedException("process.validation.document.file.empty");
        }
        if (content.length > maxSize) {
            throw tooLarge();
        }
        String extension = FileNames.extension(name);
        FileKind named = FileKind.byExtension(extension)
                .orElseThrow(() -> new UploadRejectedException("process.validation.document.file.type"));
        FileKind found = detect(content)
                .orElseThrow(
                        () -> new UploadRejectedException("process.validation.document.file.disguised", extension));
        if (!found.fits(named)) {
            throw new UploadRejectedException("process.validation.document.file.mismatch", extension, found.label());
        }
        return new CheckedFile(name, named, content);
    }

    /** The accepted kind the content is, if any. */
    Optional<FileKind> detect(byte[] content) {
        MediaType type = MediaType.parse(tika.detect(content)).getBaseType();
        if (TYPES.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
            return archiveKind(content);
        }
        if (type.equals(MediaType.TEXT_PLAIN)) {
            // a NUL byte is no text, whatever the start of the file looked like
            return hasNul(content) ? Optional.empty() : Optional.of(FileKind.TXT);
        }
        return Optional.of(type.toString())
                .filter(t -> t.equals("application/pdf") || t.equals("image/png") || t.equals("image/jpeg"))
                .flatMap(FileKind::byMediaType);
    }

    /** OOXML by its main part, OpenDocument by its stored {@code mimetype} entry; other archives are none. */
    private static Optional<FileKind> archiveKind(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("planovna-upload", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                if (zip.getEntry("[Content_Types].xml") != null) {
                    return ooxml(zip);
                }
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype == null) {
                    return Optional.empty();
                }
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
                    return FileKind.byMediaType(declared.strip())
                            .filter(k -> k == FileKind.ODT || k == FileKind.ODS || k == FileKind.ODP);
                }
            }
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be inspected", e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    private static Optional<FileKind> ooxml(ZipFile zip) {
        if (zip.getEntry("word/document.xml") != null) {
            return Optional.of(FileKind.DOCX);
        }
        if (zip.getEntry("xl/workbook.xml") != null) {
            return Optional.of(FileKind.XLSX);
        }
        if (zip.getEntry("ppt/presentation.xml") != null) {
            return Optional.of(FileKind.PPTX);
        }
        return Optional.empty();
    }

    private UploadRejectedException tooLarge() {
        return new UploadRejectedException(
                "process.validation.document.file.large",
                DataSize.ofBytes(maxSize).toMegabytes());
    }

    private static boolean hasNul(byte[] content) {
        byte[] start = Arrays.copyOf(content, Math.min(content.length, 8192));
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
