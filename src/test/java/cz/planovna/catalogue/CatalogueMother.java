package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_DOMAZLICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;

import cz.planovna.catalogue.RegisterFolderMother.ServiceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small public catalogue for search and page tests: every service name carries the tag, so a
 * test finds its own services among those other tests imported into the same context. Importing
 * publishes {@link RegisterImported}, which re-indexes.
 */
final class CatalogueMother {

    static final String SENIORS = "CilovaSkupinaOsoby/24";
    static final String IN_CRISIS = "CilovaSkupinaOsoby/19";
    static final String HOME_FOR_ELDERLY = "DruhSocialniSluzby/13";
    static final String CARE_SERVICE = "DruhSocialniSluzby/4";
    static final String COUNSELLING = "DruhSocialniSluzby/2";
    static final String SHELTERED_HOUSING = "DruhSocialniSluzby/15";
    /** An obec of ORP Písek without any facility of the fixture: only field services reach it. */
    static final int OBEC_CIZOVA = 549347;

    final String tag;

    private CatalogueMother(String tag) {
        this.tag = tag;
    }

    static CatalogueMother tagged() {
        return new CatalogueMother("x" + RegisterFolderMother.uniqueTag());
    }

    String id(String local) {
        return tag + "-" + local;
    }

    String name(String text) {
        return text + " " + tag;
    }

    /**
     * Nine services: two homes for the elderly (Písek, Blatná), a field care service serving the
     * whole ORP Písek, counselling in crisis (Blatná), sheltered housing (Domažlice), four named to
     * check Czech order, and one that ended.
     */
    List<ServiceJson> services() {
        return List.of(
                service(id("domov-pisek"))
                        .set("nazev", name("Domov pro seniory Písek"))
                        .clearFacilities()
                        .facility(name("Domov pro seniory Písek"), OBEC_PISEK),
                service(id("domov-blatna"))
                        .set("nazev", name("Domov pro seniory Blatná"))
                        .clearFacilities()
                        .facility(name("Domov pro seniory Blatná"), OBEC_BLATNA),
                service(id("pecovatelska"))
                        .set("nazev", name("Pečovatelská služba Mirotice"))
                        .type(CARE_SERVICE)
                        .clearFacilities()
                        .facility(name("Pečovatelská služba Mirotice"), OBEC_MIROTICE)
                        .clearForms()
                        .form("ter", "klient", 12),
                service(id("poradna"))
                        .set("nazev", name("Krizová poradna Blatná"))
                        .type(COUNSELLING)
                        .targetGroups(IN_CRISIS)
                        .clearFacilities()
                        .facility(name("Krizová poradna"), OBEC_BLATNA)
                        .clearForms()
                        .form("amb", "kontakt", 30),
                service(id("bydleni"))
                        .set("nazev", name("Chráněné bydlení Domažlice"))
                        .type(SHELTERED_HOUSING)
                        .clearFacilities()
                        .facility(name("Chráněné bydlení"), OBEC_DOMAZLICE),
                service(id("centrum")).set("nazev", name("Centrum Písek")),
                service(id("cajovna")).set("nazev", name("Čajovna Písek")),
                service(id("hospic")).set("nazev", name("Hospic Písek")),
                service(id("konec"))
                        .set("nazev", name("Domov pro seniory Ukončený"))
                        .endedOn("2020-12-31"));
    }

    /** Imports the services (and re-indexes); @return the report */
    ImportReport importInto(RegisterImport registerImport) {
        try {
            Path dir = Files.createTempDirectory("catalogue-mother");
            return registerImport.importFolder(RegisterFolderMother.folder(dir, services()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
