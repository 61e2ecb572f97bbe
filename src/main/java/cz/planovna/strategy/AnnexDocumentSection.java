package cz.planovna.strategy;

import cz.planovna.catalogue.CatalogueSearch;
import cz.planovna.catalogue.CatalogueSearchRequest;
import cz.planovna.catalogue.CatalogueSearchResult;
import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Annexes: the social services of the ORP from the public catalogue (by name) and a glossary. */
@Component
class AnnexDocumentSection implements PlanDocumentSection {

    static final int GLOSSARY_TERMS = 8;

    private final CatalogueSearch catalogue;

    AnnexDocumentSection(CatalogueSearch catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        SectionBuilder annexes = new SectionBuilder("prilohy", in.msg("strategy.doc.annex.heading"));
        annexes.sub(services(in));
        List<String> glossary = new ArrayList<>();
        for (int i = 1; i <= GLOSSARY_TERMS; i++) {
            glossary.add(in.msg("strategy.doc.glossary." + i));
        }
        annexes.sub(new SectionBuilder("slovnik", in.msg("strategy.doc.glossary.heading"))
                .items(glossary)
                .build());
        return List.of(annexes.build());
    }

    private Section services(PlanDocumentInput in) {
        SectionBuilder s = new SectionBuilder("sluzby", in.msg("strategy.doc.services.heading"));
        List<Row> rows = new ArrayList<>();
        int page = 1;
        CatalogueSearchResult result;
        do {
            result = catalogue.search(
                    new CatalogueSearchRequest(null, null, null, in.orp().code(), null, page++, true));
            for (CatalogueSearchResult.ServiceHit hit : result.hits()) {
                rows.add(new Row(
                        List.of(
                                Cell.text(hit.name()),
                                Cell.text(hit.typeName()),
                                Cell.text(hit.providerName()),
                                Cell.text(hit.obecName())),
                        false));
            }
        } while (result.page() < result.pageCount() && !result.hits().isEmpty());
        if (rows.isEmpty()) {
            return s.paragraph(in.msg("strategy.doc.services.none")).build();
        }
        s.paragraph(in.msg("strategy.doc.services.intro", rows.size()));
        s.table(new Table(
                in.msg("strategy.doc.sheet.services"),
                in.msg("strategy.doc.services.table"),
                List.of(
                        in.msg("strategy.doc.col.service"),
                        in.msg("strategy.doc.col.type"),
                        in.msg("strategy.doc.col.provider"),
                        in.msg("strategy.doc.col.obec")),
                rows,
                false));
        return s.build();
    }
}
