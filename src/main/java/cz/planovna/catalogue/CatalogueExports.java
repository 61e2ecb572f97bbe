package cz.planovna.catalogue;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.pdf.HtmlToPdf;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The catalogue on paper and in a spreadsheet: the current search result as XLSX, and the
 * printable catalogue of one ORP as PDF (the printed "katalog poskytovatelů" of the seed ORPs).
 * Both read the same public data as the pages, so nothing internal can leak into a file.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueExports {

    /** A spreadsheet of 10,000 rows is already more than anyone reads; the rest is noted. */
    public static final int MAX_ROWS = 10_000;
    /** The largest ORP (Praha) has well under this many services. */
    static final int MAX_PRINTED = 3_000;
    /** Services read and written at a time, so that memory stays bounded. */
    private static final int CHUNK = 500;

    private final CatalogueSearch search;
    private final CataloguePages pages;
    private final CatalogueQueries queries;
    private final ProviderRepository providers;
    private final PlaceNames places;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;
    private final CzechFormats fmt;
    private final Clock clock;

    CatalogueExports(
            CatalogueSearch search,
            CataloguePages pages,
            CatalogueQueries queries,
            ProviderRepository providers,
            PlaceNames places,
            EntityManager entityManager,
            MessageSource messages,
            ITemplateEngine templates,
            HtmlToPdf pdf,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.search = search;
        this.pages = pages;
        this.queries = queries;
        this.providers = providers;
        this.places = places;
        this.entityManager = entityManager;
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(RegisterImport.PRAGUE));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every service matching the request (not only one page), at most {@link #MAX_ROWS}. */
    public byte[] spreadsheet(CatalogueSearchRequest request, Locale locale) {
        CatalogueSearch.Matching matching = search.matching(request, MAX_ROWS);
        try (CatalogueSpreadsheet sheet = new CatalogueSpreadsheet(messages, locale);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<Long> ids = matching.ids();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                sheet.rows(pages.services(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
                // the rows are written: the entities can go
                entityManager.clear();
            }
            sheet.about(request.withPage(1).url(), fmt.date(today()), matching.total(), MAX_ROWS);
            sheet.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("spreadsheet could not be written", e);
        }
    }

    /** The printable catalogue of an ORP; empty for an unknown ORP. */
    public Optional<byte[]> printedCatalogue(int orpCode, Locale locale) {
        String orpName = places.district(orpCode);
        if (orpName == null) {
            return Optional.empty();
        }
        CatalogueSearchRequest request = new CatalogueSearchRequest(null, null, null, orpCode, null, 1, true);
        CatalogueSearch.Matching matching = search.matching(request, MAX_PRINTED);
        List<ServicePage> services = new ArrayList<>();
        List<Long> ids = matching.ids();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            services.addAll(pages.services(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        PrintedCatalogue catalogue = PrintedCatalogue.of(
                orpCode,
                orpName,
                dataDate(),
                today(),
                services,
                providers.existsByIllustrativeTrue(),
                messages.getMessage("catalogue.print.otherGroup", null, locale));
        Context context = new Context(locale);
        context.setVariable("catalogue", catalogue);
        context.setVariable("fmt", fmt);
        return Optional.of(pdf.render(templates.process("catalogue/orp-pdf", context), locale.getLanguage()));
    }

    /** When the register data were last imported; today when they never were (hand-made entries). */
    private LocalDate dataDate() {
        return queries.recentImports(50).stream()
                .filter(r -> r.status() == ImportStatus.APPLIED && r.finishedAt() != null)
                .map(r -> LocalDate.ofInstant(r.finishedAt(), RegisterImport.PRAGUE))
                .findFirst()
                .orElseGet(this::today);
    }
}
