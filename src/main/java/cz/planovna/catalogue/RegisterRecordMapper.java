package cz.planovna.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns one register item into what the catalogue stores, checking codes against the code lists and
 * obce against the ČSÚ data. Everything a record lacks is collected, so a rejected record is reported
 * with all its reasons at once. Fields not listed in the register's documented shape are read when
 * present ({@code nazev}, {@code popis}, {@code uhrady} of a service; coordinates and wheelchair
 * access of a facility; the provider's seat) and otherwise ignored. Statutory bodies and people's
 * names are never read.
 */
final class RegisterRecordMapper {

    static final int MAX_IDENTIFIER = 30;
    static final String IDENTIFIER = "identifikator";

    private final RegisterCodeLists codes;
    private final TerritoryLookup territory;
    private final LocalDate today;
    private final ServedAreaRule servedArea;

    RegisterRecordMapper(RegisterCodeLists codes, TerritoryLookup territory, LocalDate today) {
        this.codes = codes;
        this.territory = territory;
        this.today = today;
        this.servedArea = new ServedAreaRule(territory);
    }

    /** The identifier of an item as the register writes it, or null. */
    static String identifierOf(JsonNode item) {
        return item != null && item.isObject() ? Json.text(item.get(IDENTIFIER)) : null;
    }

    MappedRecord map(int position, JsonNode item) {
        String identifier = identifierOf(item);
        RecordIssues issues = new RecordIssues(position, identifier);
        if (item == null || !item.isObject()) {
            issues.reject(IssueReason.NOT_AN_OBJECT, item == null ? "null" : Json.compact(item));
            return issues.rejected();
        }
        if (identifier == null) {
            issues.reject(IssueReason.MISSING_IDENTIFIER, "identifikator; id " + Json.text(item.get("id")));
        } else if (identifier.length() > MAX_IDENTIFIER) {
            issues.reject(IssueReason.INVALID_VALUE, "identifikator " + identifier);
        }
        String typeCode = Json.codeId(item.get("druhSocialniSluzby"));
        if (!codes.types().contains(typeCode)) {
            issues.reject(IssueReason.UNKNOWN_CODE, "druhSocialniSluzby " + orMissing(typeCode));
        }
        LocalDate from = date(item, "datumPoskytovaniOd", issues);
        LocalDate to = date(item, "datumPoskytovaniDo", issues);
        RegisterData.Provider provider = provider(item.get("poskytovatel"), issues);
        List<String> targetGroups = codeList(item, "ciloveSkupiny", codes.targetGroups(), issues);
        List<String> ageGroups = codeList(item, "vekoveSkupiny", codes.ageGroups(), issues);
        List<RegisterData.Form> forms = forms(item.get("formy"), issues);
        List<RegisterData.Facility> facilities = facilities(item.get("zarizeni"), issues);
        if (issues.anyRejected()) {
            return issues.rejected();
        }
        JsonNode extra = item.get("doplnkoveUdaje");
        String name = firstText(item.get("nazev"), extra == null ? null : extra.get("nazev"));
        if (name == null) {
            name = facilities.stream()
                    .map(RegisterData.Facility::name)
                    .filter(n -> n != null)
                    .findFirst()
                    .orElse(codes.types().label(typeCode));
        }
        RegisterData.Service service = new RegisterData.Service(
                identifier,
                portalId(item, issues),
                provider.ico(),
                typeCode,
                issues.limit(name, 500, "nazev"),
                issues.limit(firstText(item.get("popis"), extra == null ? null : extra.get("popis")), 20_000, "popis"),
                issues.limit(
                        firstText(item.get("uhrady"), extra == null ? null : extra.get("uhrady")), 4_000, "uhrady"),
                issues.limit(Json.text(item.get("doplnujiciInformaceVekoveSkupiny")), 2_000, "vekove skupiny"),
                from,
                to,
                owningDistrict(facilities),
                targetGroups,
                ageGroups,
                forms,
                facilities,
                contacts(item, issues),
                servedArea.area(item.get("rozsirenePusobnostiVKraji"), forms, facilities, issues));
        return new MappedRecord(position, identifier, service, provider, issues.all());
    }

    /** The ORP that owns the record: of the first facility still open, else of the first one. */
    private int owningDistrict(List<RegisterData.Facility> facilities) {
        return facilities.stream()
                .filter(f -> !f.endedBefore(today))
                .findFirst()
                .orElse(facilities.get(0))
                .districtCode();
    }

    private RegisterData.Provider provider(JsonNode node, RecordIssues issues) {
        if (node == null || !node.isObject()) {
            issues.reject(IssueReason.MISSING_ICO, "poskytovatel");
            return null;
        }
        String ico = Json.text(node.get("ico"));
        String digits = ico == null ? "" : ico.replace(" ", "");
        if (digits.isEmpty() || digits.length() > 8 || !digits.chars().allMatch(Character::isDigit)) {
            issues.reject(IssueReason.MISSING_ICO, "poskytovatel.ico " + orMissing(ico));
            return null;
        }
        String name = Json.text(node.get("nazev"));
        if (name == null) {
            issues.reject(IssueReason.MISSING_VALUE, "poskytovatel.nazev");
            return null;
        }
        JsonNode seat = node.has("adresa") ? node.get("adresa") : node.get("sidlo");
        String seatLine = null;
        Integer seatMunicipality = null;
        Integer seatDistrict = null;
        if (seat != null && seat.isObject()) {
            seatLine = issues.limit(addressLine(seat), 500, "poskytovatel.adresa");
            Integer obec = CodeRef.number(Json.codeId(seat.get("obec")), "Obec");
            Optional<Integer> orp = obec == null ? Optional.empty() : territory.districtOf(obec);
            if (orp.isPresent()) {
                seatMunicipality = obec;
                seatDistrict = orp.get();
            } else if (seat.has("obec") && !seat.get("obec").isNull()) {
                issues.warn(IssueReason.UNKNOWN_MUNICIPALITY, "poskytovatel.adresa " + Json.compact(seat.get("obec")));
            }
        }
        return new RegisterData.Provider(
                "0".repeat(8 - digits.length()) + digits,
                issues.limit(name, 500, "poskytovatel.nazev"),
                issues.limit(Json.codeId(node.get("pravniForma")), 100, "poskytovatel.pravniForma"),
                seatLine,
                seatMunicipality,
                seatDistrict,
                contacts(node, issues));
    }

    private List<String> codeList(JsonNode item, String field, RegisterCodeLists.CodeList list, RecordIssues issues) {
        Set<String> found = new LinkedHashSet<>();
        for (JsonNode ref : array(item.get(field))) {
            String code = ref.isValueNode() ? Json.text(ref) : Json.codeId(ref);
            if (list.contains(code)) {
                found.add(code);
            } else {
                issues.reject(IssueReason.UNKNOWN_CODE, field + " " + orMissing(code));
            }
        }
        return List.copyOf(found);
    }

    private List<RegisterData.Form> forms(JsonNode node, RecordIssues issues) {
        List<RegisterData.Form> forms = new ArrayList<>();
        for (JsonNode f : array(node)) {
            String code = Json.codeId(f.get("forma"));
            Optional<DeliveryForm> form =
                    codes.forms().contains(code) ? DeliveryForm.ofRegisterCode(code) : Optional.empty();
            if (form.isEmpty()) {
                issues.reject(IssueReason.UNKNOWN_CODE, "formy.forma " + orMissing(code));
                continue;
            }
            List<RegisterData.Capacity> capacities = new ArrayList<>();
            for (JsonNode c : array(f.get("kapacity"))) {
                String typeCode = Json.codeId(c.get("typ"));
                Optional<CapacityType> type = CapacityType.ofRegisterCode(typeCode);
                if (type.isEmpty()) {
                    issues.reject(IssueReason.UNKNOWN_CODE, "kapacity.typ " + orMissing(typeCode));
                    continue;
                }
                Integer amount = null;
                try {
                    Long pocet = Json.whole(c.get("pocet"));
                    if (pocet != null && (pocet < 0 || pocet > Integer.MAX_VALUE)) {
                        throw new NumberFormatException();
                    }
                    amount = pocet == null ? null : pocet.intValue();
                } catch (NumberFormatException e) {
                    issues.reject(IssueReason.INVALID_VALUE, "kapacity.pocet " + Json.compact(c.get("pocet")));
                }
                capacities.add(new RegisterData.Capacity(
                        type.get(), amount, issues.limit(Json.text(c.get("popis")), 1_000, "kapacity.popis")));
            }
            JsonNode ranges = f.get("casoveRozsahy");
            String timeRanges = ranges == null || ranges.isNull() ? null : ranges.toString();
            if (timeRanges != null && timeRanges.length() > 20_000) {
                issues.reject(IssueReason.INVALID_VALUE, "casoveRozsahy > 20000");
            }
            forms.add(new RegisterData.Form(
                    form.get(), code, Json.bool(f.get("nepretrzitePoskytovani")), timeRanges, List.copyOf(capacities)));
        }
        if (forms.isEmpty() && !issues.anyRejected()) {
            issues.warn(IssueReason.MISSING_VALUE, "formy");
        }
        return forms;
    }

    private List<RegisterData.Facility> facilities(JsonNode node, RecordIssues issues) {
        List<RegisterData.Facility> facilities = new ArrayList<>();
        int index = 0;
        for (JsonNode z : array(node)) {
            index++;
            JsonNode address = z.get("adresa");
            String obecRef = address == null ? null : Json.codeId(address.get("obec"));
            if (obecRef == null) {
                issues.reject(IssueReason.MISSING_ADDRESS, "zarizeni " + index);
                continue;
            }
            Integer obec = CodeRef.number(obecRef, "Obec");
            Optional<Integer> orp = obec == null ? Optional.empty() : territory.districtOf(obec);
            if (orp.isEmpty()) {
                issues.reject(IssueReason.UNKNOWN_MUNICIPALITY, "zarizeni " + index + " " + obecRef);
                continue;
            }
            try {
                facilities.add(facility(z, address, obec, orp.get(), issues));
            } catch (NumberFormatException | DateTimeParseException e) {
                issues.reject(IssueReason.INVALID_VALUE, "zarizeni " + index + " " + e.getMessage());
            }
        }
        if (facilities.isEmpty() && !issues.anyRejected()) {
            issues.reject(IssueReason.MISSING_ADDRESS, "zarizeni");
        }
        return facilities;
    }

    private RegisterData.Facility facility(JsonNode z, JsonNode a, int obec, int orp, RecordIssues issues) {
        JsonNode street = a.get("ulice");
        JsonNode coordinates = firstObject(z.get("souradnice"), z.get("gps"), a.get("souradnice"), a.get("gps"));
        return new RegisterData.Facility(
                issues.limit(Json.text(z.get("nazev")), 500, "zarizeni.nazev"),
                issues.limit(street == null ? null : firstText(street.get("nazev"), street), 200, "ulice"),
                issues.limit(Json.text(a.get("cisloDomovni")), 20, "cisloDomovni"),
                issues.limit(Json.text(a.get("cisloOrientacni")), 20, "cisloOrientacni"),
                issues.limit(Json.text(a.get("dodatekAdresy")), 500, "dodatekAdresy"),
                Json.whole(a.get("kodAdresnihoMista")),
                issues.limit(Json.text(a.get("psc")), 10, "psc"),
                obec,
                issues.limit(nameOrCode(a.get("castObce")), 200, "castObce"),
                issues.limit(
                        firstNonNull(
                                nameOrCode(a.get("mestskyObvodMestskaCast")), nameOrCode(a.get("mestskyObvodVPraze"))),
                        200,
                        "mestskyObvod"),
                orp,
                coordinates == null ? null : Json.decimal(firstPresent(coordinates, "lat", "latitude")),
                coordinates == null ? null : Json.decimal(firstPresent(coordinates, "lon", "longitude")),
                Json.bool(z.get("bezbarierovyPristup")),
                Json.date(z.get("poskytujeOd")),
                Json.date(z.get("poskytujeDo")));
    }

    private List<RegisterData.Contact> contacts(JsonNode owner, RecordIssues issues) {
        List<RegisterData.Contact> contacts = new ArrayList<>();
        addContacts(contacts, owner.get("weby"), "web", ContactKind.WEB, issues);
        addContacts(contacts, owner.get("emaily"), "email", ContactKind.EMAIL, issues);
        addContacts(contacts, owner.get("telefony"), "telefon", ContactKind.PHONE, issues);
        addContacts(contacts, owner.get("faxy"), "fax", ContactKind.FAX, issues);
        return List.copyOf(contacts);
    }

    private static void addContacts(
            List<RegisterData.Contact> into, JsonNode list, String field, ContactKind kind, RecordIssues issues) {
        for (JsonNode entry : array(list)) {
            String value = entry.isValueNode() ? Json.text(entry) : Json.text(entry.get(field));
            if (value != null) {
                into.add(new RegisterData.Contact(
                        kind,
                        issues.limit(value, 500, field),
                        issues.limit(Json.text(entry.get("poznamka")), 1_000, "poznamka")));
            }
        }
    }

    private Long portalId(JsonNode item, RecordIssues issues) {
        try {
            return Json.whole(item.get("portalId"));
        } catch (NumberFormatException e) {
            issues.warn(IssueReason.INVALID_VALUE, "portalId " + Json.compact(item.get("portalId")));
            return null;
        }
    }

    private static LocalDate date(JsonNode item, String field, RecordIssues issues) {
        try {
            return Json.date(item.get(field));
        } catch (DateTimeParseException e) {
            issues.reject(IssueReason.INVALID_VALUE, field + " " + Json.compact(item.get(field)));
            return null;
        }
    }

    private static String addressLine(JsonNode a) {
        JsonNode street = a.get("ulice");
        String streetName = street == null ? null : firstText(street.get("nazev"), street);
        String number = Json.text(a.get("cisloDomovni"));
        String orientation = Json.text(a.get("cisloOrientacni"));
        String numbers = number == null ? "" : orientation == null ? number : number + "/" + orientation;
        String psc = Json.text(a.get("psc"));
        String line = ((streetName == null ? "" : streetName + " ") + numbers).strip();
        return line.isEmpty() && psc == null ? null : (line + (psc == null ? "" : ", " + psc)).strip();
    }

    static Iterable<JsonNode> array(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    private static String nameOrCode(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isObject() ? firstText(node.get("nazev"), node.get("id")) : Json.text(node);
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            String text = Json.text(n);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static JsonNode firstObject(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && n.isObject()) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode firstPresent(JsonNode node, String... fields) {
        for (String f : fields) {
            if (node.has(f)) {
                return node.get(f);
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String orMissing(String code) {
        return code == null ? "null" : code;
    }
}
