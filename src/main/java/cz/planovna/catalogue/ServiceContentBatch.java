package cz.planovna.catalogue;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the value collections of imported services and providers (forms, capacities, groups,
 * contacts, territory served) in JDBC batches across many records. Hibernate writes an element
 * collection as its own statement per owner, which made a national import cost ~40,000 round
 * trips; here one chunk of records costs one batch per table. The entities map the same tables
 * and read them as usual; the persistence context is cleared after every chunk, so no entity in
 * memory holds a collection written here.
 */
final class ServiceContentBatch {

    private static final String[] SERVICE_TABLES = {
        "catalogue_service_form",
        "catalogue_service_capacity",
        "catalogue_service_target_group",
        "catalogue_service_age_group",
        "catalogue_service_contact",
        "catalogue_service_area"
    };

    private final JdbcTemplate jdbc;
    private final BulkRows bulk;
    private final Set<Long> replacedServices = new LinkedHashSet<>();
    private final Set<Long> replacedProviders = new LinkedHashSet<>();
    private final List<Object[]> forms = new ArrayList<>();
    private final List<Object[]> capacities = new ArrayList<>();
    private final List<Object[]> targetGroups = new ArrayList<>();
    private final List<Object[]> ageGroups = new ArrayList<>();
    private final List<Object[]> contacts = new ArrayList<>();
    private final List<Object[]> area = new ArrayList<>();
    private final List<Object[]> providerContacts = new ArrayList<>();

    ServiceContentBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.bulk = new BulkRows(jdbc);
    }

    /** @param replacing the service had content before, which is deleted first */
    void service(long id, RegisterData.Service data, boolean replacing) {
        if (replacing) {
            replacedServices.add(id);
        }
        int capacity = 0;
        for (int i = 0; i < data.forms().size(); i++) {
            RegisterData.Form f = data.forms().get(i);
            forms.add(new Object[] {id, i, f.form().name(), f.code(), f.continuous(), f.timeRanges()});
            for (RegisterData.Capacity c : f.capacities()) {
                capacities.add(
                        new Object[] {id, capacity++, f.form().name(), c.type().name(), c.amount(), c.note()});
            }
        }
        for (int i = 0; i < data.targetGroups().size(); i++) {
            targetGroups.add(new Object[] {id, i, data.targetGroups().get(i)});
        }
        for (int i = 0; i < data.ageGroups().size(); i++) {
            ageGroups.add(new Object[] {id, i, data.ageGroups().get(i)});
        }
        for (int i = 0; i < data.contacts().size(); i++) {
            RegisterData.Contact c = data.contacts().get(i);
            contacts.add(new Object[] {id, i, c.kind().name(), c.value(), c.note()});
        }
        for (int i = 0; i < data.area().size(); i++) {
            RegisterData.Area a = data.area().get(i);
            area.add(new Object[] {
                id, i, a.districtCode(), a.municipalityCode(), a.origin().name()
            });
        }
    }

    void providerContacts(long providerId, List<RegisterData.Contact> list, boolean replacing) {
        if (replacing) {
            replacedProviders.add(providerId);
        }
        for (int i = 0; i < list.size(); i++) {
            RegisterData.Contact c = list.get(i);
            providerContacts.add(new Object[] {providerId, i, c.kind().name(), c.value(), c.note()});
        }
    }

    /** Call after the owners' rows are flushed: the rows written here refer to them. */
    void flush() {
        for (String table : SERVICE_TABLES) {
            delete(table, "service_id", replacedServices);
        }
        delete("catalogue_provider_contact", "provider_id", replacedProviders);
        insert(
                "catalogue_service_form (service_id, item_index, form, form_code, continuous, time_ranges)",
                forms,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BOOLEAN,
                Types.VARCHAR);
        insert(
                "catalogue_service_capacity (service_id, item_index, form, capacity_type, amount, note)",
                capacities,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.INTEGER,
                Types.VARCHAR);
        insert(
                "catalogue_service_target_group (service_id, item_index, code)",
                targetGroups,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR);
        insert(
                "catalogue_service_age_group (service_id, item_index, code)",
                ageGroups,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR);
        insert(
                "catalogue_service_contact (service_id, item_index, kind, contact_value, note)",
                contacts,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR);
        insert(
                "catalogue_service_area (service_id, item_index, district_code, municipality_code, origin)",
                area,
                Types.BIGINT,
                Types.INTEGER,
                Types.INTEGER,
                Types.INTEGER,
                Types.VARCHAR);
        insert(
                "catalogue_provider_contact (provider_id, item_index, kind, contact_value, note)",
                providerContacts,
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR);
        replacedServices.clear();
        replacedProviders.clear();
    }

    private void delete(String table, String column, Set<Long> owners) {
        if (owners.isEmpty()) {
            return;
        }
        List<Object[]> ids = owners.stream().map(id -> new Object[] {id}).toList();
        jdbc.batchUpdate("delete from " + table + " where " + column + " = ?", ids, new int[] {Types.BIGINT});
    }

    private void insert(String tableAndColumns, List<Object[]> rows, int... types) {
        int open = tableAndColumns.indexOf('(');
        String table = tableAndColumns.substring(0, open).trim();
        List<String> columns = java.util.Arrays.stream(tableAndColumns
                        .substring(open + 1, tableAndColumns.lastIndexOf(')'))
                        .split(","))
                .map(String::trim)
                .toList();
        bulk.insert(table, columns, rows, types);
        rows.clear();
    }
}
