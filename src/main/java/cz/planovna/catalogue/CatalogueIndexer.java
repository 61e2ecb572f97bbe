package cz.planovna.catalogue;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. Automatic indexing is off (see {@link
 * CatalogueService}); instead the whole catalogue is re-indexed after an applied import, and once
 * at start when the index is empty but the database is not (a new node, a deleted index folder).
 * During a re-index searches see the old index until the new documents are committed.
 */
@Component
@Order(5)
class CatalogueIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndexer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CatalogueServiceRepository services;
    private final CodeLabelBridge labels;

    CatalogueIndexer(
            EntityManagerFactory entityManagerFactory, CatalogueServiceRepository services, CodeLabelBridge labels) {
        this.entityManagerFactory = entityManagerFactory;
        this.services = services;
        this.labels = labels;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (indexedDocuments() == 0 && services.count() > 0) {
            reindexAll();
        }
    }

    @EventListener
    void on(RegisterImported event) {
        reindexAll();
    }

    /** @return the number of services indexed */
    long reindexAll() {
        long start = System.nanoTime();
        labels.refresh();
        try {
            mapping()
                    .scope(CatalogueService.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-indexing the catalogue was interrupted", e);
        }
        long count = indexedDocuments();
        log.info("Catalogue index: {} services indexed in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    long indexedDocuments() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(CatalogueService.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
