package cz.planovna.catalogue;

import cz.planovna.catalogue.HsdsJson.Address;
import cz.planovna.catalogue.HsdsJson.Attribute;
import cz.planovna.catalogue.HsdsJson.Identifier;
import cz.planovna.catalogue.HsdsJson.Location;
import cz.planovna.catalogue.HsdsJson.Organization;
import cz.planovna.catalogue.HsdsJson.Phone;
import cz.planovna.catalogue.HsdsJson.Schedule;
import cz.planovna.catalogue.HsdsJson.Service;
import cz.planovna.catalogue.HsdsJson.ServiceArea;
import cz.planovna.catalogue.HsdsJson.ServiceAtLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Register model → HSDS records (the mapping is described in docs/architecture.md). Holds the
 * names it needs for one request: code-list items and ORP → kraj names.
 */
final class HsdsMapper {

    /** Shown on everything invented by the demo data, so that nobody takes it for the register. */
    static final String ILLUSTRATIVE =
            "Ilustrativní záznam: ukázková data vymyšlená pro demo Plánovny, nejde o skutečného poskytovatele.";

    static final String ALL_WEEK = "MO,TU,WE,TH,FR,SA,SU";

    private static final Map<DeliveryForm, String> FORM_NAMES = Map.of(
            DeliveryForm.RESIDENTIAL, "Pobytová forma",
            DeliveryForm.OUTPATIENT, "Ambulantní forma",
            DeliveryForm.FIELD, "Terénní forma");

    private final HsdsTaxonomies taxonomies;
    private final PlaceNames places;
    private final Map<Integer, String> regionOfDistrict;
    private final LocalDate today;

    HsdsMapper(HsdsTaxonomies taxonomies, PlaceNames places, Map<Integer, String> regionOfDistrict, LocalDate today) {
        this.taxonomies = taxonomies;
        this.places = places;
        this.regionOfDistrict = regionOfDistrict;
        this.today = today;
    }

    /** The one-to-one fields, as in the list endpoints. */
    Service serviceSummary(CatalogueService s) {
        return service(s, null, null, null, null, null, null);
    }

    Service serviceFull(CatalogueService s) {
        String id = HsdsIds.SERVICE.of(s.id());
        List<ServiceAtLocation> locations =
                s.facilities().stream().map(f -> serviceAtLocation(s, f, false)).toList();
        return service(
                s,
                organizationSummary(s.provider()),
                phones(effective(s, ContactKind.PHONE), effective(s, ContactKind.FAX), s.id()),
                locations,
                areas(s, id),
                attributes(s, id),
                schedules(s));
    }

    Organization organizationSummary(Provider p) {
        return organization(p, null, null, null);
    }

    Organization organizationFull(Provider p, List<CatalogueService> services) {
        ProviderView v = p.view();
        String id = HsdsIds.ORGANIZATION.of(p.id());
        List<Identifier> identifiers = v.ico() == null
                ? List.of()
                : List.of(new Identifier(HsdsIds.IDENTIFIER.of(p.id()), id, "CZ-ICO", "IČO", v.ico()));
        return organization(
                p,
                phones(kind(p.contacts(), ContactKind.PHONE), kind(p.contacts(), ContactKind.FAX), p.id()),
                identifiers,
                services.stream().map(this::serviceSummary).toList());
    }

    ServiceAtLocation serviceAtLocation(CatalogueService s, Facility f, boolean withService) {
        FacilityView v = f.view(today);
        String locationId = HsdsIds.LOCATION.of(v.id());
        String city = places.municipality(v.municipalityCode());
        String orp = places.district(v.districtCode());
        Address address = new Address(
                HsdsIds.ADDRESS.of(v.id()),
                locationId,
                v.streetLine().isEmpty() ? (city == null ? "" : city) : v.streetLine(),
                v.municipalityPart(),
                city == null ? String.valueOf(v.municipalityCode()) : city,
                orp == null ? null : "ORP " + orp,
                regionOfDistrict.getOrDefault(v.districtCode(), ""),
                v.postalCode() == null ? "" : v.postalCode(),
                "CZ",
                "physical");
        String access = v.wheelchairAccess() == null
                ? null
                : v.wheelchairAccess() ? "Bezbariérový přístup: ano." : "Bezbariérový přístup: ne.";
        Location location = new Location(
                locationId,
                "physical",
                HsdsIds.ORGANIZATION.of(s.provider().id()),
                v.name(),
                access,
                v.latitude(),
                v.longitude(),
                v.addressPointCode() == null ? null : v.addressPointCode().toString(),
                v.addressPointCode() == null ? null : "RÚIAN kód adresního místa",
                List.of(address));
        return new ServiceAtLocation(
                HsdsIds.SERVICE_AT_LOCATION.of(v.id()),
                HsdsIds.SERVICE.of(s.id()),
                locationId,
                v.ended() ? "Služba se v tomto zařízení již neposkytuje." : null,
                location,
                withService ? serviceSummary(s) : null,
                // at the top level the facility carries its service's hours; nested in a service, the service does
                withService ? schedules(s) : null);
    }

    private Service service(
            CatalogueService s,
            Organization organization,
            List<Phone> phones,
            List<ServiceAtLocation> locations,
            List<ServiceArea> areas,
            List<Attribute> attributes,
            List<Schedule> schedules) {
        boolean illustrative = s.provider().illustrative();
        String section = Optional.ofNullable(taxonomies.term(s.typeCode()))
                .map(HsdsTaxonomies.Term::actSection)
                .orElse(null);
        return new Service(
                HsdsIds.SERVICE.of(s.id()),
                HsdsIds.ORGANIZATION.of(s.provider().id()),
                s.name(),
                s.effectiveDescription(),
                web(first(effective(s, ContactKind.WEB))),
                first(effective(s, ContactKind.EMAIL)),
                s.state() == ServiceState.ACTIVE ? "active" : "inactive",
                s.effectiveFeesNote(),
                illustrative ? ILLUSTRATIVE : null,
                s.registerId() == null
                        ? null
                        : "Registrace podle zákona č. 108/2006 Sb."
                                + (section == null ? "" : ", § " + section)
                                + ", identifikátor v registru poskytovatelů: " + s.registerId(),
                organization,
                phones,
                locations,
                areas,
                attributes,
                schedules);
    }

    /**
     * The service's opening hours as HSDS schedules: the provider's approved text (free text, so
     * only {@code description}), then each delivery form the register marks as provided round the
     * clock ({@code nepretrzitePoskytovani}: weekly, every day, 00:00–23:59). The register's {@code
     * casoveRozsahy} have no confirmed shape and are left out.
     */
    List<Schedule> schedules(CatalogueService s) {
        String serviceId = HsdsIds.SERVICE.of(s.id());
        List<Schedule> schedules = new ArrayList<>();
        String hours = s.override() == null ? null : s.override().fields().openingHours();
        if (hours != null && !hours.isBlank()) {
            schedules.add(
                    new Schedule(HsdsIds.SCHEDULE.of(s.id(), 0), serviceId, null, null, null, null, hours.strip()));
        }
        List<DeliveryForm> continuous = s.forms().stream()
                .filter(f -> Boolean.TRUE.equals(f.continuous()) && f.form() != null)
                .map(FormEntry::form)
                .distinct()
                .sorted()
                .toList();
        for (DeliveryForm form : continuous) {
            schedules.add(new Schedule(
                    HsdsIds.SCHEDULE.of(s.id(), 1 + form.ordinal()),
                    serviceId,
                    "WEEKLY",
                    ALL_WEEK,
                    "00:00",
                    "23:59",
                    FORM_NAMES.get(form) + ": nepřetržitý provoz, 24 hodin denně, 7 dní v týdnu."));
        }
        return schedules;
    }

    private Organization organization(
            Provider p, List<Phone> phones, List<Identifier> identifiers, List<Service> services) {
        ProviderView v = p.view();
        StringBuilder description = new StringBuilder("Poskytovatel sociálních služeb");
        if (v.ico() != null) {
            description.append(", IČO ").append(v.ico());
        }
        if (v.seatAddress() != null) {
            description.append(", sídlo ").append(v.seatAddress());
        }
        description.append('.');
        if (p.illustrative()) {
            description.append(' ').append(ILLUSTRATIVE);
        }
        return new Organization(
                HsdsIds.ORGANIZATION.of(p.id()),
                v.name(),
                description.toString(),
                first(kind(p.contacts(), ContactKind.EMAIL)),
                web(first(kind(p.contacts(), ContactKind.WEB))),
                v.legalFormCode(),
                phones,
                identifiers,
                services);
    }

    /** The attributes linking the service to its type and target groups. */
    private List<Attribute> attributes(CatalogueService s, String serviceId) {
        List<String> codes = new ArrayList<>();
        if (s.typeCode() != null) {
            codes.add(s.typeCode());
        }
        codes.addAll(s.targetGroups());
        List<Attribute> attributes = new ArrayList<>();
        for (String code : codes) {
            HsdsTaxonomies.Term term = taxonomies.term(code);
            if (term != null) {
                attributes.add(new Attribute(
                        HsdsIds.ATTRIBUTE.of(s.id(), attributes.size()),
                        serviceId,
                        term.json().id(),
                        "service",
                        "service",
                        term.json().name(),
                        term.json()));
            }
        }
        return attributes;
    }

    private List<ServiceArea> areas(CatalogueService s, String serviceId) {
        List<ServiceArea> areas = new ArrayList<>();
        for (AreaEntry a : s.area()) {
            String orp = places.district(a.districtCode());
            String orpName = "ORP " + (orp == null ? a.districtCode() : orp);
            String name = a.municipalityCode() == null
                    ? orpName + " (celé území)"
                    : Optional.ofNullable(places.municipality(a.municipalityCode()))
                                    .orElse(String.valueOf(a.municipalityCode()))
                            + " (" + orpName + ")";
            areas.add(new ServiceArea(HsdsIds.SERVICE_AREA.of(s.id(), areas.size()), serviceId, name, null, null));
        }
        return areas;
    }

    private static List<Phone> phones(List<ContactEntry> voice, List<ContactEntry> fax, long ownerId) {
        List<Phone> phones = new ArrayList<>();
        for (ContactEntry c : voice) {
            phones.add(new Phone(HsdsIds.PHONE.of(ownerId, phones.size()), c.value(), "voice", c.note()));
        }
        for (ContactEntry c : fax) {
            phones.add(new Phone(HsdsIds.PHONE.of(ownerId, phones.size()), c.value(), "fax", c.note()));
        }
        return phones;
    }

    /** The register's rule: the service's own contacts of a kind, the provider's where it has none. */
    private static List<ContactEntry> effective(CatalogueService s, ContactKind kind) {
        String edited = s.overriddenContact(kind);
        if (edited != null) {
            return List.of(new ContactEntry(kind, edited, null));
        }
        List<ContactEntry> own = kind(s.contacts(), kind);
        return own.isEmpty() ? kind(s.provider().contacts(), kind) : own;
    }

    private static List<ContactEntry> kind(List<ContactEntry> contacts, ContactKind kind) {
        return contacts.stream()
                .filter(c -> c.kind() == kind && c.value() != null && !c.value().isBlank())
                .toList();
    }

    /** The register often omits the scheme ("www.example.cz"); HSDS wants a URI. */
    private static String web(String address) {
        if (address == null || address.contains(" ")) {
            return null;
        }
        return address.matches("(?i)https?://.*") ? address : "http://" + address;
    }

    private static String first(List<ContactEntry> contacts) {
        return contacts.isEmpty() ? null : contacts.get(0).value().strip();
    }
}
