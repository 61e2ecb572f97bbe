package cz.planovna.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the library accepts, with the extensions that may name them. */
enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** Upper-case name for people: "PDF", "DOCX". */
    String label() {
        return name();
    }

    static Optional<FileKind> byExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(ext)).findFirst();
    }

    static Optional<FileKind> byMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(k -> k.mediaType.equals(mediaType))
                .findFirst();
    }

    /** Plain text and CSV cannot be told apart by content: either extension fits either. */
    boolean fits(FileKind named) {
        return this == named || (isText() && named.isText());
    }

    boolean isText() {
        return this == TXT || this == CSV;
    }
}
