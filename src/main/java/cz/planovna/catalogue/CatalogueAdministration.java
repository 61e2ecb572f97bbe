package cz.planovna.catalogue;

import cz.planovna.territory.TerritoryQueries;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes made by people (not by the register import). Callers check permissions first. */
@Service
@Transactional
public class CatalogueAdministration {

    private final CatalogueServiceRepository services;
    private final ProviderRepository providers;
    private final TerritoryQueries territory;
    private final Clock clock;
    private final EntityManager entityManager;

    CatalogueAdministration(
            CatalogueServiceRepository services,
            ProviderRepository providers,
            TerritoryQueries territory,
            ObjectProvider<Clock> clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.services = services;
        this.providers = providers;
        this.territory = territory;
        this.clock = clock.getIfAvailable(() -> Clock.system(RegisterImport.PRAGUE));
    }

    /**
     * Adds a related service (debt counselling, a food bank, …) to the catalogue of an ORP.
     *
     * @return the id of the new service
     * @throws IllegalArgumentException when the ORP or the obec is unknown, the obec lies in another
     *     ORP, or a name or kind is missing
     */
    public long createRelatedService(NewRelatedService request) {
        int district = request.districtCode();
        if (territory.districtRef(district).isEmpty()) {
            throw new IllegalArgumentException("unknown ORP " + district);
        }
        Instant now = clock.instant();
        RegisterData.Facility place = place(request.place(), district);
        String ico = normalizedIco(request.organisationIco());
        Provider provider = ico == null ? null : providers.findByIco(ico).orElse(null);
        if (provider == null) {
            String organisation = request.organisationName() == null
                            || request.organisationName().isBlank()
                    ? request.name()
                    : request.organisationName();
            provider = providers.save(Provider.manual(organisation, ico, district, now));
        }
        List<ContactEntry> contacts = request.contacts() == null
                ? List.of()
                : request.contacts().stream()
                        .filter(c -> c.value() != null && !c.value().isBlank())
                        .map(c -> new ContactEntry(c.kind(), c.value().strip(), c.note()))
                        .toList();
        CatalogueService service = CatalogueService.related(
                request.kind(), request.name(), request.description(), provider, district, contacts, place, now);
        CatalogueService saved = services.save(service);
        // indexing is explicit (see CatalogueService); the plan is applied on commit
        Search.session(entityManager).indexingPlan().addOrUpdate(saved);
        return saved.id();
    }

    private RegisterData.Facility place(NewRelatedService.Place place, int district) {
        if (place == null) {
            return null;
        }
        Integer placeDistrict = territory.districtOfMunicipality().get(place.municipalityCode());
        if (placeDistrict == null || placeDistrict != district) {
            throw new IllegalArgumentException("obec " + place.municipalityCode() + " does not lie in ORP " + district);
        }
        return new RegisterData.Facility(
                place.name(),
                place.street(),
                place.houseNumber(),
                null,
                null,
                null,
                place.postalCode(),
                place.municipalityCode(),
                null,
                null,
                district,
                null,
                null,
                null,
                null,
                null);
    }

    private static String normalizedIco(String ico) {
        if (ico == null || ico.isBlank()) {
            return null;
        }
        String digits = ico.replace(" ", "");
        if (digits.length() > 8 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("IČO has up to 8 digits: " + ico);
        }
        return "0".repeat(8 - digits.length()) + digits;
    }
}
