package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Blatná's statute and rules of procedure: public PDFs with Czech text, created only once. */
@ProcessWebTest
class DocumentDemoDataTest {

    @Autowired
    DocumentRepository documents;

    @Autowired
    DocumentContentRepository contents;

    @Autowired
    FileChecks checks;

    @Autowired
    OrpAccess access;

    @Autowired
    DocumentQueries queries;

    @Autowired
    TransactionTemplate tx;

    @Test
    void blatnaPublishesItsStatuteAndRulesOfProcedureOnlyOnce() throws IOException {
        DocumentDemoData demo = new DocumentDemoData(documents, contents, checks, access, tx);

        demo.run(null);
        demo.run(null);

        var published = queries.publicLibrary(ProcessDemoData.BLATNA, DocumentFilter.all(), 0)
                .getContent();
        assertThat(published)
                .extracting(DocumentSummary::title, DocumentSummary::category, DocumentSummary::format)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Jednací řád řídící skupiny", DocumentCategory.RULES, "PDF"),
                        org.assertj.core.groups.Tuple.tuple("Statut řídící skupiny", DocumentCategory.STATUTE, "PDF"));
        DocumentFile statute =
                queries.publicDownload(ProcessDemoData.BLATNA, published.get(1).id());
        try (PDDocument pdf = Loader.loadPDF(statute.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Čl. 2 Složení", "řídící skupina", "Blatná");
        }
    }
}
