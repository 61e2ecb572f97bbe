package cz.planovna.catalogue;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the providers, services and facilities that an import sees for the first time as plain
 * rows through {@link BulkRows} ({@code COPY} on PostgreSQL, a JDBC batch on H2) instead of one
 * entity insert each — a first national import creates ~6,700 services, ~19,000 facilities and
 * thousands of providers, and the per-row inserts were most of its time. The rows hold exactly what
 * {@link Provider#fromRegister}, {@link CatalogueService#fromRegister} and {@link Facility} would
 * store; records already in the catalogue still go through the entities.
 *
 * <p>Ids come from the entities' own sequences in blocks of {@link #ALLOCATION} in the way Hibernate's
 * pooled optimizer uses them (a value {@code v} owns {@code v - 49 … v}), so ids handed out here and
 * by Hibernate never meet. Rows are buffered per chunk; {@link #flushProviders()} must run before
 * anything refers to the new providers, {@link #flushServices()} before the services' value rows.
 */
final class NewRegisterRows {

    /** The {@code increment by} of the catalogue sequences and the entities' allocation size. */
    static final int ALLOCATION = 50;

    private static final List<String> PROVIDER_COLUMNS = List.of(
            "id",
            "ico",
            "name",
            "legal_form_code",
            "seat_address",
            "seat_municipality_code",
            "district_code",
            "source",
            "content_hash",
            "updated_at",
            "version",
            "illustrative");
    private static final int[] PROVIDER_TYPES = {
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.BIGINT,
        Types.BOOLEAN
    };
    private static final List<String> SERVICE_COLUMNS = List.of(
            "id",
            "kind",
            "register_id",
            "portal_id",
            "provider_id",
            "type_code",
            "name",
            "description",
            "age_groups_note",
            "fees_note",
            "provided_from",
            "provided_to",
            "state",
            "ended_reason",
            "district_code",
            "content_hash",
            "updated_at",
            "version");
    private static final int[] SERVICE_TYPES = {
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.DATE,
        Types.DATE,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.BIGINT
    };
    private static final List<String> FACILITY_COLUMNS = List.of(
            "id",
            "service_id",
            "item_index",
            "name",
            "street",
            "house_number",
            "orientation_number",
            "address_note",
            "address_point_code",
            "postal_code",
            "municipality_code",
            "municipality_part",
            "city_district",
            "district_code",
            "latitude",
            "longitude",
            "wheelchair_access",
            "provided_from",
            "provided_to");
    private static final int[] FACILITY_TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.VARCHAR,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.DOUBLE,
        Types.DOUBLE,
        Types.BOOLEAN,
        Types.DATE,
        Types.DATE
    };

    private final BulkRows bulk;
    private final IdBlocks providerIds;
    private final IdBlocks serviceIds;
    private final IdBlocks facilityIds;
    private final List<Object[]> providers = new ArrayList<>();
    private final List<Object[]> services = new ArrayList<>();
    private final List<Object[]> facilities = new ArrayList<>();

    NewRegisterRows(JdbcTemplate jdbc) {
        this.bulk = new BulkRows(jdbc);
        this.providerIds = new IdBlocks(jdbc, bulk, "catalogue_provider_seq");
        this.serviceIds = new IdBlocks(jdbc, bulk, "catalogue_service_seq");
        this.facilityIds = new IdBlocks(jdbc, bulk, "catalogue_facility_seq");
    }

    /** A provider new to the catalogue, as {@link Provider#fromRegister} makes it; returns its id. */
    long provider(RegisterData.Provider data, int fallbackDistrict, String hash, Instant now) {
        long id = providerIds.next();
        providers.add(new Object[] {
            id,
            data.ico(),
            data.name(),
            data.legalFormCode(),
            data.seatAddress(),
            data.seatMunicipalityCode(),
            data.seatDistrictCode() != null ? data.seatDistrictCode() : fallbackDistrict,
            RecordSource.REGISTER.name(),
            hash,
            timestamp(now),
            0L,
            false
        });
        return id;
    }

    /**
     * A service new to the catalogue with its facilities, as {@link CatalogueService#fromRegister}
     * makes it; returns its id.
     */
    long service(RegisterData.Service data, long providerId, String hash, LocalDate today, Instant now) {
        long id = serviceIds.next();
        boolean endDatePassed = data.providedTo() != null && data.providedTo().isBefore(today);
        services.add(new Object[] {
            id,
            ServiceKind.SOCIAL_SERVICE.name(),
            data.identifier(),
            data.portalId(),
            providerId,
            data.typeCode(),
            data.name(),
            data.description(),
            data.ageGroupsNote(),
            data.feesNote(),
            data.providedFrom(),
            data.providedTo(),
            (endDatePassed ? ServiceState.ENDED : ServiceState.ACTIVE).name(),
            endDatePassed ? EndedReason.END_DATE_PASSED.name() : null,
            data.districtCode(),
            hash,
            timestamp(now),
            0L
        });
        for (int i = 0; i < data.facilities().size(); i++) {
            RegisterData.Facility f = data.facilities().get(i);
            facilities.add(new Object[] {
                facilityIds.next(),
                id,
                i,
                f.name(),
                f.street(),
                f.houseNumber(),
                f.orientationNumber(),
                f.addressNote(),
                f.addressPointCode(),
                f.postalCode(),
                f.municipalityCode(),
                f.municipalityPart(),
                f.cityDistrict(),
                f.districtCode(),
                f.latitude(),
                f.longitude(),
                f.wheelchairAccess(),
                f.providedFrom(),
                f.providedTo()
            });
        }
        return id;
    }

    void flushProviders() {
        bulk.insert("catalogue_provider", PROVIDER_COLUMNS, providers, PROVIDER_TYPES);
        providers.clear();
    }

    void flushServices() {
        bulk.insert("catalogue_service", SERVICE_COLUMNS, services, SERVICE_TYPES);
        bulk.insert("catalogue_facility", FACILITY_COLUMNS, facilities, FACILITY_TYPES);
        services.clear();
        facilities.clear();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Ids of one sequence, fetched a few blocks per round trip. */
    static final class IdBlocks {

        private static final int MAX_BLOCKS_PER_FETCH = 64;

        private final JdbcTemplate jdbc;
        private final BulkRows bulk;
        private final String sequence;
        private final Deque<Long> highs = new ArrayDeque<>();
        private int blocksPerFetch = 1;
        private long next = 1;
        private long high = 0;

        IdBlocks(JdbcTemplate jdbc, BulkRows bulk, String sequence) {
            this.jdbc = jdbc;
            this.bulk = bulk;
            this.sequence = sequence;
        }

        long next() {
            if (next > high) {
                if (highs.isEmpty()) {
                    fetch();
                }
                high = highs.removeFirst();
                // the value v owns v-49 … v (the first value of a sequence, 1, owns only itself)
                next = Math.max(1, high - ALLOCATION + 1);
            }
            return next++;
        }

        private void fetch() {
            if (bulk.postgres()) {
                // the more ids a run has needed, the more blocks per round trip
                highs.addAll(jdbc.queryForList(
                        "select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, blocksPerFetch));
                blocksPerFetch = Math.min(MAX_BLOCKS_PER_FETCH, blocksPerFetch * 2);
            } else {
                highs.add(jdbc.queryForObject("select next value for " + sequence, Long.class));
            }
        }
    }
}
