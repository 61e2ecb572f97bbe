package cz.planovna.catalogue;

import cz.planovna.catalogue.HsdsJson.Taxonomy;
import cz.planovna.catalogue.HsdsJson.TaxonomyTerm;
import cz.planovna.shared.text.CzechCollation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Service types (§ of Act 108/2006) and target groups as HSDS taxonomies. A term's code is the
 * register's code ("DruhSocialniSluzby/13"), its id a UUID derived from that code, so both stay
 * stable; its name is the Czech label of the code list.
 */
final class HsdsTaxonomies {

    static final String TYPES = "DruhSocialniSluzby";
    static final String TARGET_GROUPS = "CilovaSkupinaOsoby";

    static final List<Taxonomy> ALL = List.of(
            new Taxonomy(
                    HsdsIds.ofCode(TYPES),
                    "Druhy sociálních služeb",
                    "Druhy sociálních služeb podle zákona č. 108/2006 Sb., o sociálních službách (§ 37–70),"
                            + " s kódy číselníku DruhSocialniSluzby registru poskytovatelů MPSV.",
                    null),
            new Taxonomy(
                    HsdsIds.ofCode(TARGET_GROUPS),
                    "Cílové skupiny",
                    "Cílové skupiny osob podle číselníku CilovaSkupinaOsoby registru poskytovatelů MPSV.",
                    null));

    /** A term with what the mapping needs besides its JSON. */
    record Term(TaxonomyTerm json, String actSection) {}

    private final Map<String, Term> byCode = new LinkedHashMap<>();

    HsdsTaxonomies(List<CatalogueCode> codes) {
        List<CatalogueCode> sorted = new ArrayList<>(codes);
        sorted.sort(Comparator.comparing((CatalogueCode c) -> taxonomyOf(c.code()))
                .thenComparing(CzechCollation.comparing(CatalogueCode::name)));
        for (CatalogueCode c : sorted) {
            String taxonomy = taxonomyOf(c.code());
            if (taxonomy.equals(TYPES) || taxonomy.equals(TARGET_GROUPS)) {
                byCode.put(c.code(), term(c, taxonomy));
            }
        }
    }

    Term term(String code) {
        return code == null ? null : byCode.get(code);
    }

    List<TaxonomyTerm> terms() {
        return byCode.values().stream().map(Term::json).toList();
    }

    /** @return the register code of a term given by its UUID or by the code itself; null if none */
    String codeOf(String idOrCode) {
        String wanted = idOrCode.strip();
        if (byCode.containsKey(wanted)) {
            return wanted;
        }
        return byCode.values().stream()
                .filter(t -> t.json().id().equalsIgnoreCase(wanted))
                .map(t -> t.json().code())
                .findFirst()
                .orElse(null);
    }

    static String taxonomyOf(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }

    private static Term term(CatalogueCode c, String taxonomy) {
        boolean type = taxonomy.equals(TYPES);
        String name = CatalogueSearch.capitalized(c.name());
        String description = type
                ? "Druh sociální služby" + (c.actSection() == null ? "" : " podle § " + c.actSection())
                        + " zákona č. 108/2006 Sb."
                : "Cílová skupina: " + c.name() + ".";
        return new Term(
                new TaxonomyTerm(
                        HsdsIds.ofCode(c.code()),
                        c.code(),
                        name,
                        description,
                        type ? "Druhy sociálních služeb" : "Cílové skupiny",
                        HsdsIds.ofCode(taxonomy),
                        "cs"),
                c.actSection());
    }
}
