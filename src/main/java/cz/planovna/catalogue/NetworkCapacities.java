package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public data of the catalogue that the service network analysis computes with: every active
 * service registered under the Act (with a § in the code book) with its capacities, target groups,
 * facilities and area served. Read with a handful of plain queries (one per collection), so the
 * whole country's catalogue loads without touching entities.
 */
@Service
@Transactional(readOnly = true)
public class NetworkCapacities {

    private static final String ACTIVE = " join catalogue_service s on s.id = x.service_id where s.state = 'ACTIVE'";

    private final JdbcTemplate jdbc;

    NetworkCapacities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active service with a known § of the Act, ordered by id. */
    public List<NetworkService> activeServices() {
        record Head(long id, String name, String section, String typeName, int district, boolean illustrative) {}
        List<Head> heads = jdbc.query(
                "select s.id, s.name, c.act_section, c.name type_name, s.district_code, p.illustrative"
                        + " from catalogue_service s join catalogue_code c on c.code = s.type_code"
                        + " join catalogue_provider p on p.id = s.provider_id"
                        + " where s.state = 'ACTIVE' and c.act_section is not null order by s.id",
                (rs, n) -> new Head(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("act_section"),
                        rs.getString("type_name"),
                        rs.getInt("district_code"),
                        rs.getBoolean("illustrative")));
        Map<Long, List<String>> groups = new HashMap<>();
        jdbc.query(
                "select x.service_id, c.name from catalogue_service_target_group x"
                        + " join catalogue_code c on c.code = x.code" + ACTIVE + " order by x.service_id, x.item_index",
                rs -> {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<Long, Set<DeliveryForm>> forms = new HashMap<>();
        jdbc.query("select x.service_id, x.form from catalogue_service_form x" + ACTIVE, rs -> {
            forms.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(DeliveryForm.class))
                    .add(DeliveryForm.valueOf(rs.getString(2)));
        });
        Map<Long, List<NetworkService.NetworkCapacity>> capacities = new HashMap<>();
        jdbc.query(
                "select x.service_id, x.form, x.capacity_type, x.amount from catalogue_service_capacity x" + ACTIVE
                        + " and x.amount is not null order by x.service_id, x.item_index",
                rs -> {
                    capacities
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new NetworkService.NetworkCapacity(
                                    DeliveryForm.valueOf(rs.getString(2)),
                                    CapacityType.valueOf(rs.getString(3)),
                                    rs.getInt(4)));
                });
        Map<Long, List<Integer>> facilities = new HashMap<>();
        jdbc.query(
                "select x.service_id, x.municipality_code from catalogue_facility x" + ACTIVE
                        + " order by x.service_id, x.item_index",
                rs -> {
                    facilities
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getInt(2));
                });
        Map<Long, Set<Integer>> servedObce = new HashMap<>();
        Map<Long, Set<Integer>> servedDistricts = new HashMap<>();
        jdbc.query(
                "select x.service_id, x.district_code, x.municipality_code from catalogue_service_area x" + ACTIVE
                        + " order by x.service_id, x.item_index",
                rs -> {
                    Object obec = rs.getObject(3);
                    if (obec == null) {
                        servedDistricts
                                .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                                .add(rs.getInt(2));
                    } else {
                        servedObce
                                .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                                .add(((Number) obec).intValue());
                    }
                });
        return heads.stream()
                .map(h -> new NetworkService(
                        h.id(),
                        h.name(),
                        h.section(),
                        h.typeName(),
                        h.district(),
                        h.illustrative(),
                        List.copyOf(groups.getOrDefault(h.id(), List.of())),
                        Set.copyOf(forms.getOrDefault(h.id(), Set.of())),
                        List.copyOf(capacities.getOrDefault(h.id(), List.of())),
                        List.copyOf(facilities.getOrDefault(h.id(), List.of())),
                        Set.copyOf(servedObce.getOrDefault(h.id(), Set.of())),
                        Set.copyOf(servedDistricts.getOrDefault(h.id(), Set.of()))))
                .sorted(Comparator.comparingLong(NetworkService::id))
                .toList();
    }
}
