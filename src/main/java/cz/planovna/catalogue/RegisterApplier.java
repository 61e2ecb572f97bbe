package cz.planovna.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The second reading of a checked register file, applied inside the one import transaction: codes,
 * providers and services are upserted by IČO and register identifier, services missing from the
 * file are ended, and the diff is written. The persistence context is cleared every {@link
 * #FLUSH_EVERY} records so memory stays bounded however large the file is; records whose
 * fingerprint did not change are not even loaded.
 */
@Component
class RegisterApplier {

    static final int FLUSH_EVERY = 500;
    static final int PROGRESS_EVERY = 250;

    private static final Logger log = LoggerFactory.getLogger(RegisterApplier.class);

    /** Everything the import needs to know about a stored service without loading it. */
    private record Known(
            long id, String hash, ServiceState state, EndedReason endedReason, String name, Set<Integer> districts) {

        /** Ended only because an earlier file lacked it: being in this file is a change. */
        boolean endedAsMissing() {
            return endedReason == EndedReason.NOT_IN_REGISTER;
        }
    }

    private record KnownProvider(long id, String hash) {}

    /** Input of one apply: the checked file and the context it is read in. */
    record Request(
            long runId,
            Path file,
            CheckedFile checked,
            RegisterCodeLists codes,
            TerritoryLookup territory,
            LocalDate today,
            Instant now) {}

    @PersistenceContext
    private EntityManager em;

    private final CatalogueServiceRepository services;
    private final ProviderRepository providers;
    private final CatalogueCodeRepository codes;
    private final JdbcTemplate jdbc;
    private final ImportRuns runs;

    RegisterApplier(
            CatalogueServiceRepository services,
            ProviderRepository providers,
            CatalogueCodeRepository codes,
            JdbcTemplate jdbc,
            ImportRuns runs) {
        this.services = services;
        this.providers = providers;
        this.codes = codes;
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** Must run inside the import transaction; a refusal thrown here rolls everything back. */
    ImportOutcome apply(Request request) throws RegisterFileRefused {
        // held until commit: a second import waits instead of interleaving with this one
        jdbc.update("update catalogue_import_lock set locked_by = ? where id = 1", request.runId());
        long start = System.nanoTime();
        upsertCodes(request.codes());
        Run run = new Run(request, knownServices(), knownProviders());
        long itemsStart = System.nanoTime();
        String sha256;
        try (RegisterItems items = RegisterItems.open(request.file())) {
            for (JsonNode item = items.next(); item != null; item = items.next()) {
                run.process(items.position(), item);
            }
            sha256 = items.sha256Hex();
        }
        if (!sha256.equals(request.checked().sha256())) {
            throw new RegisterFileRefused(
                    RefusalReason.FILE_CHANGED, request.file().toString(), run.issues);
        }
        if (run.accepted == 0) {
            throw new RegisterFileRefused(RefusalReason.NO_VALID_RECORD, null, run.issues);
        }
        long itemsEnd = System.nanoTime();
        run.endMissing();
        new BulkRows(jdbc)
                .insert(
                        "catalogue_import_change",
                        List.of("run_id", "district_code", "identifier", "change_type", "service_name"),
                        run.diff.rows(request.runId()),
                        Types.BIGINT,
                        Types.INTEGER,
                        Types.VARCHAR,
                        Types.VARCHAR,
                        Types.VARCHAR);
        long end = System.nanoTime();
        log.info(
                "Register import {} applied in {} ms: codes and stored index {} ms, items {} ms (of which"
                        + " writes {} ms), ending missing services and the diff {} ms",
                request.runId(),
                millis(end - start),
                millis(itemsStart - start),
                millis(itemsEnd - itemsStart),
                millis(run.itemWriteNanos),
                millis(end - itemsEnd));
        return run.outcome();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private void upsertCodes(RegisterCodeLists lists) {
        Map<String, CatalogueCode> stored = new HashMap<>();
        codes.findAll().forEach(c -> stored.put(c.code(), c));
        for (RegisterCodeLists.Item item : lists.items()) {
            CatalogueCode code = stored.get(item.code());
            if (code == null) {
                codes.save(new CatalogueCode(item.code(), item.codeList(), item.name(), item.actSection()));
            } else {
                code.relabel(item.name(), item.actSection());
            }
        }
        codes.flush();
    }

    private Map<String, Known> knownServices() {
        Map<String, Known> known = new HashMap<>();
        for (Object[] row : services.registerIndex()) {
            known.put(
                    (String) row[0],
                    new Known(
                            ((Number) row[1]).longValue(),
                            (String) row[2],
                            (ServiceState) row[3],
                            (EndedReason) row[4],
                            (String) row[5],
                            new LinkedHashSet<>()));
        }
        for (Object[] row : services.registerFacilityDistricts()) {
            Known k = known.get((String) row[0]);
            if (k != null) {
                k.districts().add(((Number) row[1]).intValue());
            }
        }
        return known;
    }

    private Map<String, KnownProvider> knownProviders() {
        Map<String, KnownProvider> known = new HashMap<>();
        for (Object[] row : providers.icoIndex()) {
            known.put((String) row[0], new KnownProvider(((Number) row[1]).longValue(), (String) row[2]));
        }
        return known;
    }

    /** The state of one apply pass. */
    private final class Run {
        private final Request request;
        private final RegisterRecordMapper mapper;
        private final Map<String, Known> known;
        private final Map<String, KnownProvider> knownProviders;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Long> providersThisRun = new HashMap<>();
        private final List<RecordIssue> issues = new ArrayList<>();
        private final ImportDiff diff = new ImportDiff();
        private final ServiceContentBatch content = new ServiceContentBatch(jdbc);
        private final NewRegisterRows newRows = new NewRegisterRows(jdbc);
        private long writeNanos;
        /** Time spent writing chunks while the items were read (the last chunk is written later). */
        private long itemWriteNanos;

        private int processed;
        private int accepted;
        private int rejected;
        private int unchanged;
        private int sinceFlush;

        Run(Request request, Map<String, Known> known, Map<String, KnownProvider> knownProviders) {
            this.request = request;
            this.mapper = new RegisterRecordMapper(request.codes(), request.territory(), request.today());
            this.known = known;
            this.knownProviders = knownProviders;
            this.issues.addAll(request.codes().warnings());
        }

        void process(int position, JsonNode item) {
            processed++;
            String identifier = RegisterRecordMapper.identifierOf(item);
            if (identifier != null && request.checked().duplicateIdentifiers().contains(identifier)) {
                // which copy is right cannot be known: none is applied, the stored one stays as it was
                seen.add(identifier);
                rejected++;
                issues.add(RecordIssue.rejected(position, identifier, IssueReason.DUPLICATE_IDENTIFIER, identifier));
            } else {
                MappedRecord record = mapper.map(position, item);
                issues.addAll(record.issues());
                if (record.accepted()) {
                    accepted++;
                    seen.add(identifier);
                    long providerId =
                            provider(record.provider(), record.service().districtCode());
                    service(record.service(), providerId);
                } else {
                    rejected++;
                }
            }
            if (++sinceFlush == FLUSH_EVERY) {
                flushChunk();
                itemWriteNanos = writeNanos;
            }
            if (processed % PROGRESS_EVERY == 0) {
                runs.progress(
                        request.runId(), ImportPhase.APPLYING, request.checked().records(), processed);
            }
        }

        /**
         * New providers first (changed services may refer to them), then the entities' changes, then
         * new services with their facilities, then the value rows of all of them.
         */
        private void flushChunk() {
            long start = System.nanoTime();
            newRows.flushProviders();
            em.flush();
            newRows.flushServices();
            content.flush();
            em.clear();
            sinceFlush = 0;
            writeNanos += System.nanoTime() - start;
        }

        /** The first record of an IČO in the file speaks for the provider. */
        private long provider(RegisterData.Provider data, int serviceDistrict) {
            Long id = providersThisRun.get(data.ico());
            if (id != null) {
                return id;
            }
            String hash = Fingerprint.of(data);
            KnownProvider stored = knownProviders.get(data.ico());
            if (stored == null) {
                id = newRows.provider(data, serviceDistrict, hash, request.now());
                content.providerContacts(id, data.contacts(), false);
            } else {
                if (!hash.equals(stored.hash())) {
                    em.find(Provider.class, stored.id()).updateFromRegister(data, hash, request.now());
                    content.providerContacts(stored.id(), data.contacts(), true);
                }
                id = stored.id();
            }
            providersThisRun.put(data.ico(), id);
            return id;
        }

        private void service(RegisterData.Service data, long providerId) {
            String hash = Fingerprint.of(data);
            boolean activeNow = data.providedTo() == null || !data.providedTo().isBefore(request.today());
            Known stored = known.get(data.identifier());
            if (stored == null) {
                long id = newRows.service(data, providerId, hash, request.today(), request.now());
                content.service(id, data, false);
                if (activeNow) {
                    diff.record(ChangeType.NEW, data.identifier(), data.name(), data.facilityDistricts());
                }
                return;
            }
            boolean activeBefore = stored.state() == ServiceState.ACTIVE;
            if (hash.equals(stored.hash()) && activeBefore == activeNow && !stored.endedAsMissing()) {
                unchanged++;
                return;
            }
            em.find(CatalogueService.class, stored.id())
                    .applyRegister(
                            data, em.getReference(Provider.class, providerId), hash, request.today(), request.now());
            content.service(stored.id(), data, true);
            Set<Integer> districts = new LinkedHashSet<>(stored.districts());
            districts.addAll(data.facilityDistricts());
            if (activeNow && !activeBefore) {
                diff.record(ChangeType.NEW, data.identifier(), data.name(), data.facilityDistricts());
            } else if (activeNow) {
                diff.record(ChangeType.CHANGED, data.identifier(), data.name(), districts);
            } else if (activeBefore) {
                diff.record(ChangeType.ENDED, data.identifier(), data.name(), districts);
            }
        }

        /** A registered service missing from the file is no longer registered: kept, but ended. */
        void endMissing() {
            flushChunk();
            List<Known> missing = known.entrySet().stream()
                    .filter(e -> !seen.contains(e.getKey()) && e.getValue().state() == ServiceState.ACTIVE)
                    .map(Map.Entry::getValue)
                    .toList();
            for (int from = 0; from < missing.size(); from += FLUSH_EVERY) {
                List<Known> chunk = missing.subList(from, Math.min(missing.size(), from + FLUSH_EVERY));
                services.findAllByIdIn(chunk.stream().map(Known::id).toList())
                        .forEach(s -> s.endAsMissing(request.now()));
                em.flush();
                em.clear();
            }
            known.forEach((identifier, k) -> {
                if (!seen.contains(identifier) && k.state() == ServiceState.ACTIVE) {
                    diff.record(ChangeType.ENDED, identifier, k.name(), k.districts());
                }
            });
        }

        ImportOutcome outcome() {
            return new ImportOutcome(
                    request.checked().records(),
                    processed,
                    accepted,
                    rejected,
                    unchanged,
                    diff.count(ChangeType.NEW),
                    diff.count(ChangeType.CHANGED),
                    diff.count(ChangeType.ENDED),
                    List.copyOf(issues));
        }
    }
}
