package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the document library: everything for the ORP's people, public documents for
 * everyone. What the public may not see is not found, never forbidden: nothing to learn from it.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    static final int PAGE_SIZE = 20;

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final OrpAccess access;

    DocumentQueries(DocumentRepository documents, DocumentContentRepository contents, OrpAccess access) {
        this.documents = documents;
        this.contents = contents;
        this.access = access;
    }

    /** The ORP of a public page; unknown codes are not found. */
    public OrpInfo orp(int districtCode) {
        return access.info(districtCode);
    }

    /** The whole library; for those who see the ORP's internal pages. */
    public Page<DocumentSummary> library(int districtCode, DocumentFilter filter, int page) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return search(districtCode, null, filter, page);
    }

    /** Recently deleted documents, so that a deletion stays visible to the ORP's people. */
    public List<DeletedDocument> recentlyDeleted(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return documents.findTop10ByDistrictCodeAndDeletedAtIsNotNullOrderByDeletedAtDesc(districtCode).stream()
                .map(Document::toDeleted)
                .toList();
    }

    public DocumentDetail document(int districtCode, long documentId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return find(districtCode, documentId).toDetail();
    }

    /** Any version of any document of the ORP, for its people. */
    public DocumentFile download(int districtCode, long documentId, int number) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        DocumentFileVersion version = find(districtCode, documentId).versions().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("version " + number + " of document " + documentId));
        return file(version);
    }

    /** Public documents for everyone. */
    public Page<DocumentSummary> publicLibrary(int districtCode, DocumentFilter filter, int page) {
        access.info(districtCode);
        return search(districtCode, DocumentVisibility.PUBLIC, filter, page);
    }

    /** The current version of a public document; anything else is not found. */
    public DocumentFile publicDownload(int districtCode, long documentId) {
        access.info(districtCode);
        Document document = find(districtCode, documentId);
        if (document.visibility() != DocumentVisibility.PUBLIC) {
            throw new NotFoundException("document " + documentId);
        }
        return file(document.current());
    }

    private Page<DocumentSummary> search(
            int districtCode, DocumentVisibility visibility, DocumentFilter filter, int page) {
        List<DocumentSummary> all =
                documents.search(districtCode, visibility, filter.category(), filter.likePattern()).stream()
                        .filter(filter::matches)
                        .sorted(filter.comparator())
                        .map(Document::toSummary)
                        .toList();
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + PAGE_SIZE, all.size());
        return new PageImpl<>(all.subList(from, to), request, all.size());
    }

    private DocumentFile file(DocumentFileVersion version) {
        byte[] bytes = contents.findById(version.id())
                .orElseThrow(() -> new NotFoundException("content of version " + version.id()))
                .content();
        return new DocumentFile(version.fileName(), version.contentType(), bytes);
    }

    private Document find(int districtCode, long documentId) {
        return documents
                .findByIdAndDistrictCodeAndDeletedAtIsNull(documentId, districtCode)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
    }
}
