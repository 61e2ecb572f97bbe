package cz.planovna.catalogue;

import cz.planovna.shared.web.PageCache;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. Automatic indexing is off (see {@link
 * CatalogueService}); instead the whole catalogue is re-indexed
 *
 * <ul>
 *   <li>after an import applied in this process that changed something;
 *   <li>at start, when the index is empty or older than the last applied import (a new node, a
 *       deleted folder, an import run from the command line while the application was down);
 *   <li>in the background, when a search notices an import applied by another process (the
 *       command line against PostgreSQL while the application runs), checked at most every 30 s.
 * </ul>
 *
 * The command line itself never writes the index: the running application owns its lock. During a
 * re-index searches see the old documents until the new ones are committed.
 */
@Component
@Order(5)
class CatalogueIndexer implements ApplicationRunner, DisposableBean {

    static final long CHECK_EVERY_MILLIS = 30_000;
    static final String MARKER = "catalogue_service.run";

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndexer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CatalogueServiceRepository services;
    private final CodeLabelBridge labels;
    private final PageCache pages;
    private final JdbcClient jdbc;
    private final boolean commandLine;
    private final Path marker;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "catalogue-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reindexing = new AtomicBoolean();
    private final Object reindexLock = new Object();
    private volatile long indexedRun = -1;
    private volatile long checkedAt;

    CatalogueIndexer(
            EntityManagerFactory entityManagerFactory,
            CatalogueServiceRepository services,
            CodeLabelBridge labels,
            JdbcClient jdbc,
            Environment environment,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-heap}") String directoryType,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:./data/index}") String root,
            PageCache pages) {
        this.pages = pages;
        this.entityManagerFactory = entityManagerFactory;
        this.services = services;
        this.labels = labels;
        this.jdbc = jdbc;
        this.commandLine = environment instanceof org.springframework.core.env.ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(CatalogueCommandLineEnvironment.SOURCE_NAME);
        // only an index on disk outlives the process; one in memory starts empty anyway
        this.marker = "local-filesystem".equals(directoryType) ? Path.of(root, MARKER) : null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (commandLine) {
            return;
        }
        long latest = latestAppliedRun();
        boolean stale = readMarker() != latest || indexedDocuments() == 0;
        if (stale && services.count() > 0) {
            reindexAll(latest);
        } else {
            indexedRun = latest;
        }
        checkedAt = System.currentTimeMillis();
    }

    @EventListener
    void on(RegisterImported event) {
        if (commandLine) {
            log.info("Catalogue index: the running application re-indexes after import {}", event.runId());
            return;
        }
        if (event.newServices() + event.changedServices() + event.endedServices() == 0) {
            indexedRun = Math.max(indexedRun, event.runId());
            writeMarker(indexedRun);
            pages.evictAll();
            return;
        }
        reindexAll(event.runId());
    }

    /** Called by searches: starts a background re-index when another process imported meanwhile. */
    void checkFreshness() {
        long now = System.currentTimeMillis();
        if (commandLine || now - checkedAt < CHECK_EVERY_MILLIS || reindexing.get()) {
            return;
        }
        checkedAt = now;
        long latest = latestAppliedRun();
        if (latest > indexedRun) {
            background.submit(() -> reindexAll(latest));
        }
    }

    /** For tests: the next {@link #checkFreshness()} looks at the database at once. */
    void forgetLastCheck() {
        checkedAt = 0;
    }

    /** The last applied import the index reflects. */
    long indexedRun() {
        return indexedRun;
    }

    /** @return the number of documents in the index afterwards */
    long reindexAll(long upToRun) {
        // One at a time, and a caller never skips: a re-index already running may have read the
        // services before the caller's import committed. The caller waits and then re-indexes,
        // unless a re-index that started after its import has finished meanwhile.
        synchronized (reindexLock) {
            if (upToRun > 0 && upToRun <= indexedRun) {
                return indexedDocuments();
            }
            reindexing.set(true);
            return reindexNow(upToRun);
        }
    }

    private long reindexNow(long upToRun) {
        try {
            long start = System.nanoTime();
            labels.refresh();
            Search.mapping(entityManagerFactory)
                    .scope(CatalogueService.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
            indexedRun = Math.max(indexedRun, upToRun);
            writeMarker(indexedRun);
            pages.evictAll();
            long count = indexedDocuments();
            log.info("Catalogue index: {} services indexed in {} ms", count, (System.nanoTime() - start) / 1_000_000);
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-indexing the catalogue was interrupted", e);
        } finally {
            reindexing.set(false);
        }
    }

    long indexedDocuments() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(CatalogueService.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private long latestAppliedRun() {
        Long latest = jdbc.sql("select max(id) from catalogue_import_run where status = 'APPLIED'")
                .query(Long.class)
                .optional()
                .orElse(null);
        return latest == null ? 0 : latest;
    }

    private long readMarker() {
        if (marker == null) {
            return -1;
        }
        try {
            return Files.exists(marker)
                    ? Long.parseLong(Files.readString(marker).strip())
                    : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void writeMarker(long run) {
        if (marker == null) {
            return;
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Long.toString(run));
        } catch (IOException e) {
            log.warn("Catalogue index: could not write {}", marker, e);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
