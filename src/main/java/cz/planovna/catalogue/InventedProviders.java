package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional providers for generated register data: the usual kinds (charities, municipal
 * organisations, towns, o.p.s., associations, church organisations, companies) named after their
 * home obec, with an IČO that has a valid check digit and an invented statutory body.
 */
final class InventedProviders {

    record Provider(
            String ico, String name, String legalForm, GeneratorTerritory.Obec home, String domain, String[] head) {}

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"Jana", "Nováková"},
            new String[] {"Petr", "Svoboda"},
            new String[] {"Eva", "Dvořáková"},
            new String[] {"Jan", "Černý"},
            new String[] {"Marie", "Procházková"},
            new String[] {"Tomáš", "Kučera"},
            new String[] {"Lucie", "Veselá"},
            new String[] {"Martin", "Horák"},
            new String[] {"Hana", "Němcová"},
            new String[] {"Pavel", "Marek"},
            new String[] {"Kateřina", "Pokorná"},
            new String[] {"Jiří", "Pospíšil"});
    private static final List<String> SPOLEK_NAMES =
            List.of("Naděje", "Portus", "Rozkoš bez rizika", "Slunce", "Most k domovu", "Krok", "Světlo", "Život");

    private final GeneratorTerritory territory;
    private final Random random;
    private final Set<String> usedIcos = new HashSet<>();

    InventedProviders(GeneratorTerritory territory, Random random) {
        this.territory = territory;
        this.random = random;
    }

    List<Provider> invent(int count) {
        List<Provider> providers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            providers.add(inventOne(i));
        }
        return providers;
    }

    private Provider inventOne(int number) {
        GeneratorTerritory.Obec home = territory.anywhere(random);
        String town = home.name();
        double r = random.nextDouble();
        String name;
        String legalForm;
        if (r < 0.15) {
            name = "Charita " + town;
            legalForm = "745";
        } else if (r < 0.35) {
            name = "Domov " + town + ", příspěvková organizace";
            legalForm = "331";
        } else if (r < 0.50) {
            name = ("Obec".equals(home.type()) ? "Obec " : "Město ") + town;
            legalForm = "801";
        } else if (r < 0.65) {
            name = "Centrum sociálních služeb " + town + ", o.p.s.";
            legalForm = "141";
        } else if (r < 0.85) {
            name = SPOLEK_NAMES.get(random.nextInt(SPOLEK_NAMES.size())) + " " + town + ", z.s.";
            legalForm = "706";
        } else if (r < 0.93) {
            name = "Diakonie – středisko " + town;
            legalForm = "721";
        } else {
            name = "Senior Care " + town + " s.r.o.";
            legalForm = "112";
        }
        String slug =
                CzechCollation.searchKey(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String domain = (slug.length() > 40 ? slug.substring(0, 40) : slug) + "-" + number + ".example.cz";
        return new Provider(ico(), name, legalForm, home, domain, PEOPLE.get(random.nextInt(PEOPLE.size())));
    }

    /** Eight digits, the last a valid IČO check digit (weights 8…2, modulo 11). */
    private String ico() {
        while (true) {
            int[] d = new int[7];
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * (8 - i);
            }
            int check = (11 - sum % 11) % 10;
            StringBuilder ico = new StringBuilder();
            for (int digit : d) {
                ico.append(digit);
            }
            String value = ico.append(check).toString();
            if (usedIcos.add(value)) {
                return value;
            }
        }
    }
}
