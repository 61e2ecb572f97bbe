package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Related services (outside the Act) entered by hand, and how the register import treats them. */
@SpringBootTest
class CatalogueAdministrationTest {

    @Autowired
    CatalogueAdministration administration;

    @Autowired
    CatalogueQueries catalogue;

    @Autowired
    RegisterImport registerImport;

    @TempDir
    Path temp;

    static NewRelatedService foodBank(String name, Integer obec) {
        return new NewRelatedService(
                PISEK,
                RelatedServiceKind.FOOD_AID,
                name,
                "Výdej potravin každé úterý.",
                "Potravinová banka Jihočeského kraje",
                null,
                List.of(ContactView.of(ContactKind.PHONE, "382 000 999"), ContactView.of(ContactKind.EMAIL, " ")),
                obec == null ? null : new NewRelatedService.Place("Výdejna", "Nádražní", "12", "39701", obec));
    }

    @Test
    void aRelatedServiceIsStoredWithItsOrpAndPlace() {
        String name = "Výdejna potravin " + RegisterFolderMother.uniqueTag();

        long id = administration.createRelatedService(foodBank(name, OBEC_MIROTICE));

        ServiceDetail detail = catalogue.service(id).orElseThrow();
        assertThat(detail.kind()).isEqualTo(ServiceKind.RELATED);
        assertThat(detail.relatedKind()).isEqualTo(RelatedServiceKind.FOOD_AID);
        assertThat(detail.registerId()).isNull();
        assertThat(detail.name()).isEqualTo(name);
        assertThat(detail.districtCode()).isEqualTo(PISEK);
        assertThat(detail.state()).isEqualTo(ServiceState.ACTIVE);
        assertThat(detail.provider().name()).isEqualTo("Potravinová banka Jihočeského kraje");
        assertThat(detail.provider().ico()).isNull();
        assertThat(detail.facilities()).singleElement().satisfies(f -> {
            assertThat(f.municipalityCode()).isEqualTo(OBEC_MIROTICE);
            assertThat(f.streetLine()).isEqualTo("Nádražní 12");
        });
        assertThat(detail.area()).containsExactly(new ServedArea(PISEK, OBEC_MIROTICE, AreaOrigin.MANUAL));
        // the blank e-mail is dropped
        assertThat(detail.contacts()).containsExactly(new ContactView(ContactKind.PHONE, "382 000 999", null, false));
    }

    @Test
    void withoutAPlaceItServesTheWholeOrp() {
        long id = administration.createRelatedService(foodBank("Linka " + RegisterFolderMother.uniqueTag(), null));

        ServiceDetail detail = catalogue.service(id).orElseThrow();
        assertThat(detail.facilities()).isEmpty();
        assertThat(detail.servedMunicipalities()).hasSize(49);
    }

    @Test
    void aKnownIcoLinksToTheProviderInTheCatalogue() {
        String tag = RegisterFolderMother.uniqueTag();
        registerImport.importFolder(RegisterFolderMother.sample(temp, tag));
        ProviderView domov =
                catalogue.serviceByRegisterId(tag + "-9000011").orElseThrow().provider();

        long id = administration.createRelatedService(new NewRelatedService(
                PISEK, RelatedServiceKind.DEBT_COUNSELLING, "Dluhová poradna", null, null, "1", List.of(), null));

        assertThat(catalogue.service(id).orElseThrow().provider().id()).isEqualTo(domov.id());
    }

    @Test
    void theRegisterImportLeavesRelatedServicesAlone() {
        long id = administration.createRelatedService(foodBank("Banka " + RegisterFolderMother.uniqueTag(), null));

        registerImport.importFolder(RegisterFolderMother.sample(temp, RegisterFolderMother.uniqueTag()));

        assertThat(catalogue.service(id).orElseThrow().state()).isEqualTo(ServiceState.ACTIVE);
    }

    @Test
    void wrongTerritoryOrMissingNameIsRefused() {
        assertThatThrownBy(() -> administration.createRelatedService(foodBank("Mimo ORP", OBEC_BLATNA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("550850");
        assertThatThrownBy(() -> administration.createRelatedService(
                        new NewRelatedService(9999, RelatedServiceKind.OTHER, "X", null, null, null, List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> administration.createRelatedService(foodBank(" ", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
