package cz.planovna.process;

import cz.planovna.shared.pdf.HtmlToPdf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo profile: Blatná's statute and rules of procedure of the steering group, as the seeds name
 * them, public in its library — small PDFs shipped in the jar (DejaVu Sans embedded for the Czech
 * letters), checked like any upload. Runs after {@link MeetingDemoData}; idempotent: an ORP whose
 * library has documents is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(32)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final String UPLOADER = "koordinátorka plánování (demo)";

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final FileChecks checks;
    private final OrpAccess territory;
    private final TransactionTemplate tx;

    DocumentDemoData(
            DocumentRepository documents,
            DocumentContentRepository contents,
            FileChecks checks,
            OrpAccess territory,
            TransactionTemplate tx) {
        this.documents = documents;
        this.contents = contents;
        this.checks = checks;
        this.territory = territory;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int luhacovice = EventNewsDemoData.LUHACOVICE;
        if (documents.search(luhacovice, null, null, "%").isEmpty()) {
            tx.executeWithoutResult(status -> luhacovicePresentations(luhacovice));
        }
        int blatna = ProcessDemoData.BLATNA;
        if (!documents.search(blatna, null, null, "%").isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            add(
                    blatna,
                    new DocumentDetails(
                            "Statut řídící skupiny",
                            DocumentCategory.STATUTE,
                            "Poslání, složení a pravomoci řídící skupiny komunitního plánování sociálních služeb ORP Blatná.",
                            DocumentVisibility.PUBLIC),
                    "Statut řídící skupiny KPSS Blatná.pdf",
                    "statute-blatna.pdf",
                    LocalDate.of(2018, 4, 23));
            add(
                    blatna,
                    new DocumentDetails(
                            "Jednací řád řídící skupiny",
                            DocumentCategory.RULES,
                            "Svolávání jednání, usnášeníschopnost, hlasování a zápisy.",
                            DocumentVisibility.PUBLIC),
                    "Jednací řád řídící skupiny.pdf",
                    "rules-blatna.pdf",
                    LocalDate.of(2018, 4, 23));
        });
        log.info("Demo data: statute and rules of procedure of Blatná");
    }

    /** The seed lists presentations from the working groups and the workshop with neighbouring ORPs. */
    private void luhacovicePresentations(int luhacovice) {
        add(
                luhacovice,
                new DocumentDetails(
                        "Prezentace: výsledky dotazníku pro seniory",
                        DocumentCategory.PRESENTATION,
                        "Prezentace z jednání pracovní skupiny Senioři a osoby se zdravotním postižením.",
                        DocumentVisibility.PUBLIC),
                "Prezentace dotaznik seniori.pdf",
                "presentation-seniors-luhacovice.pdf",
                LocalDate.of(2019, 5, 14));
        add(
                luhacovice,
                new DocumentDetails(
                        "Prezentace z workshopu se sousedními ORP",
                        DocumentCategory.PRESENTATION,
                        "Společné služby ORP Luhačovice, Zlín, Uherský Brod a Valašské Klobouky.",
                        DocumentVisibility.PUBLIC),
                "Workshop sousedni ORP.pdf",
                "presentation-workshop-luhacovice.pdf",
                LocalDate.of(2019, 10, 8));
        log.info("Demo data: presentations of Luhačovice");
    }

    private void add(int orp, DocumentDetails details, String fileName, String resource, LocalDate on) {
        var at = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
        CheckedFile file = checks.check(fileName, shipped(resource));
        Document document = new Document(territory.orp(orp), details, at);
        DocumentFileVersion version = document.addVersion(file, UPLOADER, at);
        documents.saveAndFlush(document);
        contents.save(new DocumentContent(version.id(), file.content()));
    }

    /**
     * The demo PDFs ship in the jar (src/main/resources/demo/process, made once with {@link #pdf}
     * from the texts their names say): rendering them at every first start loaded the whole PDF
     * stack (openhtmltopdf, PDFBox, the DejaVu font) and took about a second (ADR 0010).
     */
    static byte[] shipped(String resource) {
        try (InputStream in = DocumentDemoData.class.getResourceAsStream("/demo/process/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo document missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a small PDF with a heading and paragraphs (how the shipped demo PDFs were made). */
    static byte[] pdf(String heading, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(HtmlUtils.htmlEscape(heading, "UTF-8")).append("</h1>");
        paragraphs.forEach(
                p -> body.append("<p>").append(HtmlUtils.htmlEscape(p, "UTF-8")).append("</p>"));
        String xhtml = "<html lang=\"cs\"><head><title>" + HtmlUtils.htmlEscape(heading, "UTF-8") + "</title>"
                + "<style>body { font-family: 'DejaVu Sans'; font-size: 11pt; } h1 { font-size: 16pt; font-weight: normal; }</style>"
                + "</head><body>" + body + "</body></html>";
        return new HtmlToPdf().render(xhtml, "cs");
    }
}
