package cz.planovna.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the document library. A file field is re-chosen after an error: browsers never keep it. */
final class DocumentForms {

    private DocumentForms() {}

    /** A new document with its first file, or (file absent) the metadata of an existing one. */
    record DocumentForm(
            @NotBlank(message = "{process.validation.document.title.required}")
            @Size(max = Document.TITLE_MAX, message = "{process.validation.name.long}")
            String title,

            @NotNull(message = "{process.validation.document.category.required}")
            DocumentCategory category,

            @Size(max = Document.DESCRIPTION_MAX, message = "{process.validation.description.long}")
            String description,

            @NotNull(message = "{process.validation.document.visibility.required}")
            DocumentVisibility visibility,

            MultipartFile file,
            long version) {

        static DocumentForm empty() {
            return new DocumentForm("", null, "", DocumentVisibility.INTERNAL, null, 0);
        }

        static DocumentForm of(DocumentDetail detail) {
            DocumentSummary d = detail.document();
            return new DocumentForm(
                    d.title(),
                    d.category(),
                    d.description() == null ? "" : d.description(),
                    d.visibility(),
                    null,
                    detail.version());
        }

        DocumentDetails toDetails() {
            return new DocumentDetails(title, category, description, visibility);
        }
    }

    /** A new version of a document. */
    record NewVersionForm(MultipartFile file, long version) {}
}
