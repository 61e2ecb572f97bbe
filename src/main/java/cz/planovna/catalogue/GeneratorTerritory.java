package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The real obce of the bundled ČSÚ file, for generated addresses. Services cluster in towns as in
 * the register: an obec is drawn with a weight by its type (Praha ≫ statutory city ≫ town ≫ village).
 */
final class GeneratorTerritory {

    static final String RESOURCE = "data/territory/struktura_uzemi_cr.csv";

    /** @param regionCode ČSÚ code of the kraj (3034), as the boundary files are named */
    record Obec(int code, String name, String type, int districtCode, int okresRuian, int krajRuian, int regionCode) {}

    /** Obce with cumulative weights for drawing. */
    static final class Pool {
        private final List<Obec> obce = new ArrayList<>();
        private final List<Double> cumulative = new ArrayList<>();

        void add(Obec obec) {
            double previous = cumulative.isEmpty() ? 0 : cumulative.get(cumulative.size() - 1);
            obce.add(obec);
            cumulative.add(previous + weight(obec.type()));
        }

        Obec draw(Random random) {
            double total = cumulative.get(cumulative.size() - 1);
            int at = Collections.binarySearch(cumulative, random.nextDouble() * total);
            return obce.get(Math.min(obce.size() - 1, at >= 0 ? at + 1 : -at - 1));
        }
    }

    private final Pool national = new Pool();
    private final Map<Integer, Pool> byRegion = new LinkedHashMap<>();
    private final Map<Integer, Pool> byDistrict = new LinkedHashMap<>();

    private GeneratorTerritory() {}

    static GeneratorTerritory bundled() {
        List<String[]> rows = new ArrayList<>();
        String[] header = Csv.readClasspathWithHeader(RESOURCE, rows);
        List<String> columns = Arrays.asList(header);
        int name = required(columns, "obec_text");
        int code = required(columns, "obec_kod");
        int type = required(columns, "obec_typ");
        int orp = required(columns, "orp_csu_cis65_kod");
        int okres = required(columns, "okres_ruian_kod");
        int kraj = required(columns, "kraj_ruian_vusc_kod");
        int region = required(columns, "kraj_csu_cis100_kod");
        GeneratorTerritory territory = new GeneratorTerritory();
        for (String[] row : rows) {
            Obec obec = new Obec(
                    Integer.parseInt(row[code]),
                    row[name],
                    row[type],
                    Integer.parseInt(row[orp]),
                    Integer.parseInt(row[okres]),
                    Integer.parseInt(row[kraj]),
                    Integer.parseInt(row[region]));
            if (weight(obec.type()) > 0) {
                territory.national.add(obec);
                territory
                        .byRegion
                        .computeIfAbsent(obec.krajRuian(), k -> new Pool())
                        .add(obec);
                territory
                        .byDistrict
                        .computeIfAbsent(obec.districtCode(), k -> new Pool())
                        .add(obec);
            }
        }
        return territory;
    }

    /** Only the obce of these ORP; "in the region" then means the region's obce among them. */
    GeneratorTerritory within(Set<Integer> districts) {
        GeneratorTerritory part = new GeneratorTerritory();
        byDistrict.forEach((code, pool) -> {
            if (districts.contains(code)) {
                for (Obec obec : pool.obce) {
                    part.national.add(obec);
                    part.byRegion
                            .computeIfAbsent(obec.krajRuian(), k -> new Pool())
                            .add(obec);
                    part.byDistrict
                            .computeIfAbsent(obec.districtCode(), k -> new Pool())
                            .add(obec);
                }
            }
        });
        if (part.national.obce.isEmpty()) {
            throw new IllegalArgumentException("no obce in ORP " + districts);
        }
        return part;
    }

    Obec anywhere(Random random) {
        return national.draw(random);
    }

    Obec inRegionOf(Obec obec, Random random) {
        return byRegion.get(obec.krajRuian()).draw(random);
    }

    Obec inDistrictOf(Obec obec, Random random) {
        return byDistrict.get(obec.districtCode()).draw(random);
    }

    /** Military areas have no civilian services. */
    private static double weight(String type) {
        return switch (type) {
            case "Hlavní město" -> 400;
            case "Statutární město" -> 40;
            case "Město" -> 6;
            case "Městys" -> 1.2;
            case "Obec" -> 0.35;
            default -> 0;
        };
    }

    private static int required(List<String> columns, String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(RESOURCE + " has no column " + name);
        }
        return index;
    }
}
