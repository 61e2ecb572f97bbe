package cz.planovna.analysis;

import cz.planovna.analysis.PopulationCsv.Figure;
import cz.planovna.analysis.PopulationCsv.Rejected;
import cz.planovna.analysis.PopulationCsv.Total;
import cz.planovna.analysis.PopulationStore.Key;
import cz.planovna.analysis.PopulationStore.NewRow;
import cz.planovna.analysis.PopulationStore.Stored;
import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import java.io.InputStream;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports population figures from ČSÚ's long CSV. The file is read line by line and every row is
 * checked; one rejected row stores nothing (the report lists every reason), so a file is taken
 * whole or not at all, in one transaction. Figures are upserted by obec, date, sex and age, so the
 * same file imported twice changes nothing; for each obec, date and sex in the file the file is the
 * truth (figures of other ages stored earlier are removed, so single years never add to bands).
 */
@Service
public class DemographicsImport {

    private final PopulationStore store;
    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    DemographicsImport(
            PopulationStore store,
            TerritoryQueries territory,
            TerritoryAccess access,
            CurrentUsers users,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.territory = territory;
        this.access = access;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The ORP whose figures the current user may import; 404 for an unknown ORP, 403 if not theirs. */
    @Transactional(readOnly = true)
    public TerritoryRef checkMayImport(int districtCode) {
        TerritoryRef orp =
                territory.districtRef(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        access.check(users.current(), Action.EDIT_PLANNING, orp);
        return orp;
    }

    /** May the current user upload figures of this ORP (to show the link)? */
    @Transactional(readOnly = true)
    public boolean mayImport(int districtCode) {
        return territory
                .districtRef(districtCode)
                .map(orp -> access.may(users.current(), Action.EDIT_PLANNING, orp))
                .orElse(false);
    }

    /** The file's rows of this ORP's obce; a row of another ORP's obec is rejected. */
    @Transactional
    public ImportResult importFile(int districtCode, String fileName, InputStream content) {
        checkMayImport(districtCode);
        CurrentUser user = users.current();
        return run(districtCode, fileName, content, false, user.fullName() + " <" + user.email() + ">");
    }

    /** Generated figures for demos and benchmarks, marked synthetic; no permission check. */
    @Transactional
    ImportResult importSynthetic(int districtCode, String fileName, InputStream content) {
        return run(districtCode, fileName, content, true, "generátor");
    }

    @Transactional(readOnly = true)
    public List<ImportRecord> recentImports(int districtCode) {
        checkMayImport(districtCode);
        return store.recentImports(districtCode, 10).stream()
                .map(l -> new ImportRecord(
                        l.fileName(),
                        l.importedBy(),
                        l.importedAt(),
                        l.read(),
                        l.inserted(),
                        l.updated(),
                        l.unchanged(),
                        l.removed(),
                        l.synthetic()))
                .toList();
    }

    private ImportResult run(int districtCode, String fileName, InputStream content, boolean synthetic, String who) {
        Map<Integer, Integer> districtOf = territory.districtOfMunicipality();
        Collector collector = new Collector(districtCode, districtOf);
        try {
            PopulationCsv.read(content, collector::accept);
        } catch (PopulationCsv.FileRefused e) {
            return new ImportResult(fileName, false, e.reason(), 0, 0, 0, 0, 0, 0, 0, List.of());
        }
        if (collector.rejectedCount > 0 || collector.figures.isEmpty()) {
            Rejection fileError =
                    collector.rejectedCount == 0 ? Rejection.of(0, "analysis.import.file.noFigures") : null;
            return new ImportResult(
                    fileName,
                    false,
                    fileError,
                    collector.figures.size(),
                    0,
                    0,
                    0,
                    0,
                    collector.totals,
                    collector.rejectedCount,
                    collector.rejections);
        }
        return apply(districtCode, fileName, synthetic, who, collector);
    }

    private ImportResult apply(int districtCode, String fileName, boolean synthetic, String who, Collector c) {
        store.lockDistrict(districtCode);
        Map<Key, Stored> existing = store.existing(c.municipalities);
        List<NewRow> inserts = new ArrayList<>();
        List<Map.Entry<Long, NewRow>> updates = new ArrayList<>();
        int unchanged = 0;
        Set<Key> inFile = new HashSet<>();
        Set<List<Object>> groups = new HashSet<>();
        for (Figure f : c.figures) {
            Key key = new Key(
                    f.municipality(), f.refDate(), f.sex().code(), f.age().from());
            inFile.add(key);
            groups.add(List.of(f.municipality(), f.refDate(), f.sex().code()));
            NewRow row = new NewRow(key, districtCode, f.age().to(), f.persons(), synthetic);
            Stored stored = existing.get(key);
            if (stored == null) {
                inserts.add(row);
            } else if (stored.persons() == f.persons()
                    && stored.synthetic() == synthetic
                    && java.util.Objects.equals(stored.ageTo(), f.age().to())) {
                unchanged++;
            } else {
                updates.add(new AbstractMap.SimpleEntry<>(stored.id(), row));
            }
        }
        List<Long> removals = new ArrayList<>();
        existing.forEach((key, stored) -> {
            if (!inFile.contains(key) && groups.contains(List.of(key.municipality(), key.refDate(), key.sex()))) {
                removals.add(stored.id());
            }
        });
        store.delete(removals);
        store.update(updates);
        store.insert(inserts);
        store.log(
                districtCode,
                new PopulationStore.ImportLog(
                        fileName,
                        who,
                        clock.instant(),
                        c.figures.size(),
                        inserts.size(),
                        updates.size(),
                        unchanged,
                        removals.size(),
                        synthetic));
        return new ImportResult(
                fileName,
                true,
                null,
                c.figures.size(),
                inserts.size(),
                updates.size(),
                unchanged,
                removals.size(),
                c.totals,
                0,
                List.of());
    }

    /** Checks each line against the territory and the lines before it. */
    private static final class Collector {
        private final int districtCode;
        private final Map<Integer, Integer> districtOf;
        final List<Figure> figures = new ArrayList<>();
        final Set<Integer> municipalities = new HashSet<>();
        final List<Rejection> rejections = new ArrayList<>();
        int rejectedCount;
        int totals;

        /** Ages covered so far per obec, date and sex: first age → {last age, line}. */
        private final Map<List<Object>, TreeMap<Integer, long[]>> covered = new HashMap<>();

        Collector(int districtCode, Map<Integer, Integer> districtOf) {
            this.districtCode = districtCode;
            this.districtOf = districtOf;
        }

        void accept(PopulationCsv.Line line) {
            if (line instanceof Figure f) {
                figure(f);
            } else if (line instanceof Rejected r) {
                reject(r.rejection());
            } else if (line instanceof Total) {
                totals++;
            }
        }

        private void figure(Figure f) {
            Integer district = districtOf.get(f.municipality());
            if (district == null) {
                reject(Rejection.of(f.line(), "analysis.import.reject.unknownMunicipality", f.municipality()));
                return;
            }
            if (district != districtCode) {
                reject(Rejection.of(
                        f.line(),
                        "analysis.import.reject.otherDistrict",
                        f.name().isBlank() ? f.municipality() : f.name() + " (" + f.municipality() + ")"));
                return;
            }
            TreeMap<Integer, long[]> ages = covered.computeIfAbsent(
                    List.of(f.municipality(), f.refDate(), f.sex().code()), k -> new TreeMap<>());
            Map.Entry<Integer, long[]> before = ages.floorEntry(f.age().last());
            if (before != null && before.getValue()[0] >= f.age().from()) {
                reject(Rejection.of(f.line(), "analysis.import.reject.overlap", before.getValue()[1]));
                return;
            }
            ages.put(f.age().from(), new long[] {f.age().last(), f.line()});
            figures.add(f);
            municipalities.add(f.municipality());
        }

        private void reject(Rejection rejection) {
            rejectedCount++;
            if (rejections.size() < ImportResult.MAX_LISTED) {
                rejections.add(rejection);
            }
        }
    }
}
