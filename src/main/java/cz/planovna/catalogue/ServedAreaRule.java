package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * How the territory a service serves is read from a register record. The shape of {@code
 * rozsirenePusobnostiVKraji} is not documented; any code reference in an entry is looked at, and
 * one naming an ORP ({@code Orp/…}, by ČSÚ or RÚIAN code) or an obec ({@code Obec/…}) counts.
 */
final class ServedAreaRule {

    private final TerritoryLookup territory;

    ServedAreaRule(TerritoryLookup territory) {
        this.territory = territory;
    }

    /**
     * The territory served. The register's {@code rozsirenePusobnostiVKraji} (ORP in the region where
     * the service works) names whole ORP; whatever it lists, the obce of the facilities are served
     * too. Without that list a field service is taken to serve the whole ORP of each of its
     * facilities (the usual reach of a field service registered there); other services serve the obce
     * of their facilities.
     */
    List<RegisterData.Area> area(
            JsonNode served,
            List<RegisterData.Form> forms,
            List<RegisterData.Facility> facilities,
            RecordIssues issues) {
        Set<RegisterData.Area> area = new LinkedHashSet<>();
        Set<Integer> wholeDistricts = new LinkedHashSet<>();
        for (JsonNode entry : RegisterRecordMapper.array(served)) {
            List<String> refs = new ArrayList<>();
            collectCodeIds(entry, refs);
            boolean understood = false;
            for (String ref : refs) {
                understood |= servedReference(ref, wholeDistricts, area);
            }
            if (!understood) {
                issues.warn(IssueReason.UNKNOWN_TERRITORY, "rozsirenePusobnostiVKraji " + Json.compact(entry));
            }
        }
        boolean field = forms.stream().anyMatch(f -> f.form() == DeliveryForm.FIELD);
        if (wholeDistricts.isEmpty() && field) {
            facilities.forEach(f -> wholeDistricts.add(f.districtCode()));
            wholeDistricts.forEach(d -> area.add(new RegisterData.Area(d, null, AreaOrigin.FIELD_DISTRICT)));
        } else {
            wholeDistricts.forEach(d -> area.add(new RegisterData.Area(d, null, AreaOrigin.REGISTER)));
        }
        for (RegisterData.Facility f : facilities) {
            if (!wholeDistricts.contains(f.districtCode())) {
                area.add(new RegisterData.Area(f.districtCode(), f.municipalityCode(), AreaOrigin.FACILITY));
            }
        }
        return List.copyOf(area);
    }

    /** @return whether the reference named an ORP or an obec Plánovna knows */
    private boolean servedReference(String ref, Set<Integer> wholeDistricts, Set<RegisterData.Area> area) {
        String list = CodeRef.list(ref);
        Integer number = list == null ? null : CodeRef.number(ref, list);
        if (number == null) {
            return false;
        }
        String listKey = list.toLowerCase(Locale.ROOT);
        if (listKey.contains("orp") || listKey.contains("rozsiren")) {
            Optional<Integer> orp = territory.district(number);
            orp.ifPresent(wholeDistricts::add);
            return orp.isPresent();
        }
        if (listKey.equals("obec")) {
            Optional<Integer> orp = territory.districtOf(number);
            orp.ifPresent(d -> area.add(new RegisterData.Area(d, number, AreaOrigin.REGISTER)));
            return orp.isPresent();
        }
        // anything else (e.g. a kraj) only gives context to the ORP listed with it
        return false;
    }

    private static void collectCodeIds(JsonNode node, List<String> into) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            into.add(node.asString());
        } else if (node.isObject() || node.isArray()) {
            for (JsonNode child : node.values()) {
                collectCodeIds(child, into);
            }
        }
    }
}
