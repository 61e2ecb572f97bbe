package cz.planovna.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a visitor asked the public catalogue for: full text {@code q} and filters by service type,
 * target group, age group, delivery form, life situation, ORP and obec where the service is
 * available. Built from any request parameters without failing: an unreadable value is dropped,
 * an unreadable page is page 1. Parameter names (Czech, shareable): {@code q, druh, skupina, vek,
 * forma (pob|amb|ter), situace, orp, obec, strana, razeni}.
 */
public record CatalogueSearchRequest(
        String q,
        String type,
        String targetGroup,
        String ageGroup,
        DeliveryForm form,
        Long situation,
        Integer orp,
        Integer obec,
        int page,
        boolean byName) {

    public static final String PATH = "/katalog";
    public static final String EXPORT_PATH = "/katalog/export.xlsx";
    static final int MAX_QUERY = 200;
    /** Deeper pages would make Lucene collect offset + 20 hits for nothing: 20,000 is plenty. */
    static final int MAX_PAGE = 1_000;

    public CatalogueSearchRequest {
        q = clean(q, MAX_QUERY);
        type = clean(type, 100);
        targetGroup = clean(targetGroup, 100);
        ageGroup = clean(ageGroup, 100);
        page = Math.min(MAX_PAGE, Math.max(1, page));
    }

    /** Type, target group, ORP and obec only (the filters of the first version). */
    public CatalogueSearchRequest(
            String q, String type, String targetGroup, Integer orp, Integer obec, int page, boolean byName) {
        this(q, type, targetGroup, null, null, null, orp, obec, page, byName);
    }

    /** From raw request parameters (all optional). */
    public static CatalogueSearchRequest of(
            String q, String type, String targetGroup, String orp, String obec, String page, String sort) {
        return of(java.util.Collections.unmodifiableMap(params(q, type, targetGroup, orp, obec, page, sort)));
    }

    /** From the request's parameters by their URL names (all optional, unknown ones ignored). */
    public static CatalogueSearchRequest of(Map<String, String> params) {
        Integer pageNumber = number(params.get("strana"));
        Integer situation = number(params.get("situace"));
        return new CatalogueSearchRequest(
                params.get("q"),
                params.get("druh"),
                params.get("skupina"),
                params.get("vek"),
                DeliveryForm.ofRegisterValue(params.get("forma")).orElse(null),
                situation == null ? null : situation.longValue(),
                number(params.get("orp")),
                number(params.get("obec")),
                pageNumber == null ? 1 : pageNumber,
                "nazev".equals(params.get("razeni")));
    }

    private static Map<String, String> params(
            String q, String type, String targetGroup, String orp, String obec, String page, String sort) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("druh", type);
        params.put("skupina", targetGroup);
        params.put("orp", orp);
        params.put("obec", obec);
        params.put("strana", page);
        params.put("razeni", sort);
        return params;
    }

    public static CatalogueSearchRequest all() {
        return new CatalogueSearchRequest(null, null, null, null, null, 1, false);
    }

    public boolean hasQuery() {
        return q != null;
    }

    public boolean hasFilters() {
        return type != null
                || targetGroup != null
                || ageGroup != null
                || form != null
                || situation != null
                || orp != null
                || obec != null;
    }

    /** Relevance when something was typed, unless the visitor asked for names. */
    public boolean sortedByRelevance() {
        return q != null && !byName;
    }

    public CatalogueSearchRequest withPage(int newPage) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, form, situation, orp, obec, newPage, byName);
    }

    public CatalogueSearchRequest withType(String newType) {
        return new CatalogueSearchRequest(q, newType, targetGroup, ageGroup, form, situation, orp, obec, 1, byName);
    }

    public CatalogueSearchRequest withTargetGroup(String group) {
        return new CatalogueSearchRequest(q, type, group, ageGroup, form, situation, orp, obec, 1, byName);
    }

    public CatalogueSearchRequest withAgeGroup(String group) {
        return new CatalogueSearchRequest(q, type, targetGroup, group, form, situation, orp, obec, 1, byName);
    }

    public CatalogueSearchRequest withForm(DeliveryForm newForm) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, newForm, situation, orp, obec, 1, byName);
    }

    public CatalogueSearchRequest withSituation(Long newSituation) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, form, newSituation, orp, obec, 1, byName);
    }

    /** A new ORP drops an obec and a life situation of the old one. */
    public CatalogueSearchRequest withOrp(Integer newOrp) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, form, null, newOrp, null, 1, byName);
    }

    public CatalogueSearchRequest withObec(Integer newObec) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, form, situation, orp, newObec, 1, byName);
    }

    public CatalogueSearchRequest withSortByName(boolean name) {
        return new CatalogueSearchRequest(q, type, targetGroup, ageGroup, form, situation, orp, obec, 1, name);
    }

    /** The shareable address of this state, e.g. {@code /katalog?q=senioru&orp=3108}. */
    public String url() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "druh", type);
        put(params, "skupina", targetGroup);
        put(params, "vek", ageGroup);
        put(params, "forma", form == null ? null : form.registerValue());
        put(params, "situace", situation);
        put(params, "orp", orp);
        put(params, "obec", obec);
        put(params, "razeni", byName && q != null ? "nazev" : null);
        put(params, "strana", page > 1 ? page : null);
        StringJoiner query = new StringJoiner("&");
        // %20 rather than "+": Thymeleaf's link expressions escape a "+" into a literal plus
        params.forEach((k, v) ->
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return query.length() == 0 ? PATH : PATH + "?" + query;
    }

    /** The spreadsheet of this result: the same filters, every page. */
    public String exportUrl() {
        return EXPORT_PATH + withPage(1).url().substring(PATH.length());
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null) {
            params.put(name, value.toString());
        }
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 9) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
