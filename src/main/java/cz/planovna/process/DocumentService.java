package cz.planovna.process;

import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.process.DocumentForms.DocumentForm;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an ORP's document library, each checked with {@code EDIT_PLANNING}, against the
 * version the form showed, and recorded with who did it. Files are checked by {@link FileChecks}
 * before anything is stored.
 */
@Service
@Transactional
class DocumentService {

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final FileChecks checks;
    private final OrpAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    DocumentService(
            DocumentRepository documents,
            DocumentContentRepository contents,
            FileChecks checks,
            OrpAccess access,
            CurrentUsers users,
            ObjectProvider<Clock> clock) {
        this.documents = documents;
        this.contents = contents;
        this.checks = checks;
        this.access = access;
        this.users = users;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    long create(int districtCode, DocumentForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        CheckedFile file = checks.check(form.file());
        refuseDuplicate(districtCode, form.title(), file);
        Document document = new Document(orp, form.toDetails(), clock.instant());
        store(document, file);
        return document.id();
    }

    /**
     * Uploads a new current version; returns its number. The same file as the current version is
     * refused before the version check: a form sent twice says what happened instead of a conflict.
     */
    int addVersion(
            int districtCode, long documentId, long version, org.springframework.web.multipart.MultipartFile upload) {
        access.check(districtCode, Action.EDIT_PLANNING);
        CheckedFile file = checks.check(upload);
        Document current = find(districtCode, documentId);
        if (current.current().sha256().equals(file.sha256())) {
            throw new UploadRejectedException("process.validation.document.file.sameAsCurrent");
        }
        Document document = editable(districtCode, documentId, version, null);
        return store(document, file).number();
    }

    void update(int districtCode, long documentId, DocumentForm form) {
        Document document = editable(districtCode, documentId, form.version(), form.title());
        document.change(form.toDetails(), actor(), clock.instant());
    }

    void delete(int districtCode, long documentId, long version) {
        Document document = editable(districtCode, documentId, version, null);
        document.delete(actor(), clock.instant());
    }

    /** A new document with the title and the very file of one already there: the form was sent twice. */
    private void refuseDuplicate(int districtCode, String title, CheckedFile file) {
        String key = cz.planovna.shared.text.CzechCollation.searchKey(title);
        boolean twice = documents.search(districtCode, null, null, "%").stream()
                .anyMatch(d -> d.searchKey().equals(key) && d.current().sha256().equals(file.sha256()));
        if (twice) {
            throw new UploadRejectedException("process.validation.document.duplicate");
        }
    }

    private DocumentFileVersion store(Document document, CheckedFile file) {
        DocumentFileVersion added = document.addVersion(file, actor(), clock.instant());
        // persist a new document; a loaded one only flushes: merging would copy the new version
        if (document.id() == null) {
            documents.save(document);
        }
        documents.flush();
        contents.save(new DocumentContent(added.id(), file.content()));
        return added;
    }

    /** "Jana Nováková (jana@obec.cz)": a name for people, the e-mail to tell namesakes apart. */
    private String actor() {
        CurrentUser user = users.current();
        String name = user.fullName() == null || user.fullName().isBlank() ? null : user.fullName();
        if (user.email() == null) {
            return name == null ? "?" : name;
        }
        return name == null ? user.email() : name + " (" + user.email() + ")";
    }

    private Document editable(int districtCode, long documentId, long version, String submittedTitle) {
        access.check(districtCode, Action.EDIT_PLANNING);
        Document document = find(districtCode, documentId);
        if (document.version() != version) {
            throw new StaleEditException(
                    document.title(),
                    submittedTitle,
                    submittedTitle == null ? null : document.title(),
                    DocumentUrls.document(districtCode, documentId),
                    false);
        }
        return document;
    }

    private Document find(int districtCode, long documentId) {
        return documents
                .findByIdAndDistrictCodeAndDeletedAtIsNull(documentId, districtCode)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
    }
}
