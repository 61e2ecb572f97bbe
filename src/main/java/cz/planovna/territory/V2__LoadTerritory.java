package cz.planovna.territory;

import cz.planovna.shared.text.CzechCollation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the ČSÚ "Struktura území ČR" file (bundled in {@code data/territory}) once, as a Flyway
 * migration, so that every database — H2 or PostgreSQL — has all 14 kraje, 206 ORP and 6,258 obce
 * before the application serves a request. Spring Boot hands {@code JavaMigration} beans to Flyway.
 */
@Component
class V2__LoadTerritory extends BaseJavaMigration {

    static final String RESOURCE = "data/territory/struktura_uzemi_cr.csv";

    @Override
    public void migrate(Context context) throws Exception {
        TerritoryFile file = TerritoryFile.read(new ClassPathResource(RESOURCE));
        Connection connection = context.getConnection();
        insertRegions(connection, file.regions().values());
        insertDistricts(connection, file.districts().values());
        insertMunicipalities(connection, file.municipalities());
    }

    private static void insertRegions(Connection c, Iterable<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into region (code, name, abbreviation, nuts_code, ruian_code) values (?, ?, ?, ?, ?)")) {
            for (String[] r : rows) {
                ps.setInt(1, Integer.parseInt(r[Col.KRAJ_CODE]));
                ps.setString(2, r[Col.KRAJ_NAME]);
                ps.setString(3, r[Col.KRAJ_ABBR]);
                ps.setString(4, r[Col.KRAJ_NUTS]);
                ps.setInt(5, Integer.parseInt(r[Col.KRAJ_RUIAN]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertDistricts(Connection c, Iterable<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into district (code, name, region_code, ruian_code,"
                + " seat_municipality_code) values (?, ?, ?, ?, ?)")) {
            for (String[] r : rows) {
                ps.setInt(1, Integer.parseInt(r[Col.ORP_CODE]));
                ps.setString(2, r[Col.ORP_NAME]);
                ps.setInt(3, Integer.parseInt(r[Col.KRAJ_CODE]));
                ps.setInt(4, Integer.parseInt(r[Col.ORP_RUIAN]));
                ps.setInt(5, Integer.parseInt(r[Col.ORP_SEAT]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMunicipalities(Connection c, List<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into municipality (code, name, search_key, type,"
                + " district_code, okres_name, okres_lau_code) values (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (String[] r : rows) {
                ps.setInt(1, Integer.parseInt(r[Col.OBEC_CODE]));
                ps.setString(2, r[Col.OBEC_NAME]);
                ps.setString(3, CzechCollation.searchKey(r[Col.OBEC_NAME]));
                ps.setString(4, r[Col.OBEC_TYPE]);
                ps.setInt(5, Integer.parseInt(r[Col.ORP_CODE]));
                ps.setString(6, r[Col.OKRES_NAME]);
                ps.setString(7, r[Col.OKRES_LAU]);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Column positions in the ČSÚ file (header checked on read, so a changed layout fails loudly). */
    static final class Col {
        static final List<String> HEADER = List.of(
                "platnost_datum",
                "obec_text",
                "obec_kod",
                "obec_typ",
                "pou_text",
                "pou_csu_cis61_kod",
                "pou_ruian_kod",
                "pou_sidlo_obec_kod",
                "orp_text",
                "orp_csu_cis65_kod",
                "orp_ruian_kod",
                "orp_sidlo_obec_kod",
                "okres_text",
                "okres_csu_cis101_lau_kod",
                "okres_csu_cis109_nuts_kod",
                "okres_ruian_kod",
                "kraj_text",
                "kraj_zkratka",
                "kraj_csu_cis100_kod",
                "kraj_csu_cis108_nuts_kod",
                "kraj_ruian_vusc_kod");
        static final int OBEC_NAME = 1, OBEC_CODE = 2, OBEC_TYPE = 3;
        static final int ORP_NAME = 8, ORP_CODE = 9, ORP_RUIAN = 10, ORP_SEAT = 11;
        static final int OKRES_NAME = 12, OKRES_LAU = 13;
        static final int KRAJ_NAME = 16, KRAJ_ABBR = 17, KRAJ_CODE = 18, KRAJ_NUTS = 19, KRAJ_RUIAN = 20;

        private Col() {}
    }

    /** The parsed file: one row per obec, plus the distinct kraje and ORP in file order. */
    record TerritoryFile(
            Map<String, String[]> regions, Map<String, String[]> districts, List<String[]> municipalities) {

        static TerritoryFile read(ClassPathResource resource) throws IOException {
            Map<String, String[]> regions = new LinkedHashMap<>();
            Map<String, String[]> districts = new LinkedHashMap<>();
            List<String[]> municipalities = new ArrayList<>(6_300);
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
                String[] header = split(in.readLine());
                if (header.length < Col.HEADER.size()
                        || !Arrays.asList(header).subList(0, Col.HEADER.size()).equals(Col.HEADER)) {
                    throw new IllegalStateException(
                            "Unexpected header of " + RESOURCE + ": " + Arrays.toString(header));
                }
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] row = split(line);
                    municipalities.add(row);
                    regions.putIfAbsent(row[Col.KRAJ_CODE], row);
                    districts.putIfAbsent(row[Col.ORP_CODE], row);
                }
            }
            return new TerritoryFile(regions, districts, municipalities);
        }

        /** The ČSÚ file quotes every field and no value contains a quote or a comma. */
        static String[] split(String line) {
            String body = line.strip();
            if (body.startsWith("\"") && body.endsWith("\"")) {
                body = body.substring(1, body.length() - 1);
            }
            return body.split("\",\"", -1);
        }
    }
}
