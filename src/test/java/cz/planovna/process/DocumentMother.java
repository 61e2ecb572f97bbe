package cz.planovna.process;

import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

/** Documents of a library, saved through the repositories with a real, checked file. */
class DocumentMother {

    private final ProcessMother process;
    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final FileChecks checks;
    private final TransactionTemplate tx;

    DocumentMother(
            ProcessMother process,
            DocumentRepository documents,
            DocumentContentRepository contents,
            FileChecks checks,
            TransactionTemplate tx) {
        this.process = process;
        this.documents = documents;
        this.contents = contents;
        this.checks = checks;
        this.tx = tx;
    }

    static DocumentDetails details(String title, DocumentCategory category, DocumentVisibility visibility) {
        return new DocumentDetails(title, category, "Popis dokumentu", visibility);
    }

    /** A document whose one version is a PDF named after the title. */
    long document(int orp, DocumentDetails details) {
        return document(orp, details, details.title() + ".pdf", DocumentFiles.pdf(details.title()), Instant.now());
    }

    long document(int orp, DocumentDetails details, String fileName, byte[] content, Instant at) {
        CheckedFile file = checks.check(fileName, content);
        return tx.execute(s -> {
            Document document = new Document(process.orp(orp), details, at);
            DocumentFileVersion version = document.addVersion(file, "Test Nahrávající", at);
            documents.saveAndFlush(document);
            contents.save(new DocumentContent(version.id(), file.content()));
            return document.id();
        });
    }

    long version(long documentId) {
        return documents.findById(documentId).orElseThrow().version();
    }
}
