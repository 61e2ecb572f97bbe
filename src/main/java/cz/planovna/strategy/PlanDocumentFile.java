package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;

/** The bytes of one format of a generated document; never changed once written. */
@Entity
@Table(name = "strategy_document_file")
class PlanDocumentFile implements Persistable<PlanDocumentFile.Key> {

    /** The file formats, with their content type and file extension. */
    enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format ofExtension(String extension) {
            for (Format f : values()) {
                if (f.extension.equals(extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    @Embeddable
    record Key(
            @Column(name = "document_id") long documentId,
            @Column(name = "format") String format) implements Serializable {}

    @EmbeddedId
    private Key key;

    private byte[] content;

    @jakarta.persistence.Transient
    private boolean fresh;

    protected PlanDocumentFile() {}

    PlanDocumentFile(long documentId, Format format, byte[] content) {
        this.key = new Key(documentId, format.name());
        this.content = content.clone();
        this.fresh = true;
    }

    byte[] content() {
        return content.clone();
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
