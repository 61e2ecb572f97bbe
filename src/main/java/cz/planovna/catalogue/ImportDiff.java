package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the diff of one import: per ORP, and distinct services per kind of change. */
final class ImportDiff {

    private final Map<Integer, Map<ChangeType, List<ServiceChange>>> byDistrict = new TreeMap<>();
    private final Map<ChangeType, Integer> services = new EnumMap<>(ChangeType.class);

    void record(ChangeType type, String identifier, String name, Collection<Integer> districts) {
        services.merge(type, 1, Integer::sum);
        ServiceChange change = new ServiceChange(identifier, name);
        for (int district : districts) {
            byDistrict
                    .computeIfAbsent(district, k -> new EnumMap<>(ChangeType.class))
                    .computeIfAbsent(type, k -> new ArrayList<>())
                    .add(change);
        }
    }

    int count(ChangeType type) {
        return services.getOrDefault(type, 0);
    }

    /** [district, change type, identifier, name] rows for {@code catalogue_import_change}. */
    List<Object[]> rows(long runId) {
        List<Object[]> rows = new ArrayList<>();
        byDistrict.forEach((district, changes) -> changes.forEach((type, list) -> list.forEach(
                c -> rows.add(new Object[] {runId, district, c.identifier(), type.name(), c.serviceName()}))));
        return rows;
    }
}
