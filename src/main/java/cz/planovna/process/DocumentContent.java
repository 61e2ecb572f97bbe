package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The bytes of a version, in a table of their own so that nothing else ever loads them. */
@Entity
@Table(name = "document_content")
class DocumentContent implements Persistable<Long> {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    private byte[] content;

    // the id is the version's, so Spring Data cannot tell a new row by a missing id
    @Transient
    private boolean fresh;

    protected DocumentContent() {}

    DocumentContent(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content.clone();
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return versionId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    byte[] content() {
        return content.clone();
    }
}
