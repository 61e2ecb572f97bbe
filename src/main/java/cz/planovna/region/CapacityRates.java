package cz.planovna.region;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.NetworkService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registered capacities per ORP and per 1,000 inhabitants, by service type (§) and unit.
 *
 * <p>Where a capacity counts: the register gives it per service and form, not per facility, so it
 * is split equally among the service's facilities and each share counts in the ORP of the
 * facility's obec (as the network analysis locates capacities); a service without a facility in a
 * known obec counts whole in the ORP it is registered in. Field capacities count where the service
 * is based, not where it travels. Per 1,000 = capacity × 1,000 / all inhabitants of the ORP (latest
 * figures of the demographic analysis), so ORP of different size compare; the network analysis of an
 * ORP gives the indicators per age group.
 */
final class CapacityRates {

    private CapacityRates() {}

    /** A service type and the unit its capacity is counted in. */
    record TypeUnit(String section, CapacityType unit) {}

    /** ORP code → (type and unit → capacity). */
    static Map<Integer, Map<TypeUnit, Double>> byDistrict(
            List<NetworkService> services, Map<Integer, Integer> districtOfObec) {
        Map<Integer, Map<TypeUnit, Double>> result = new HashMap<>();
        for (NetworkService s : services) {
            List<Integer> located = s.facilityObce().stream()
                    .filter(districtOfObec::containsKey)
                    .toList();
            for (NetworkService.NetworkCapacity c : s.capacities()) {
                TypeUnit key = new TypeUnit(s.section(), c.type());
                if (located.isEmpty()) {
                    add(result, s.districtCode(), key, c.amount());
                } else {
                    double share = (double) c.amount() / located.size();
                    for (int obec : located) {
                        add(result, districtOfObec.get(obec), key, share);
                    }
                }
            }
        }
        return result;
    }

    private static void add(Map<Integer, Map<TypeUnit, Double>> result, int district, TypeUnit key, double amount) {
        result.computeIfAbsent(district, k -> new HashMap<>()).merge(key, amount, Double::sum);
    }

    /** Capacity per 1,000 inhabitants; null without inhabitants. */
    static Double perThousand(double capacity, Long population) {
        if (population == null || population <= 0) {
            return null;
        }
        return capacity * 1000 / population;
    }
}
