package cz.planovna.catalogue;

import cz.planovna.shared.startup.StartupWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: an ILLUSTRATIVE catalogue for the five seed ORP, written by {@link
 * RegisterGenerator} (invented providers at real obce) and loaded through the ordinary {@link
 * RegisterImport}, plus one related service entered by hand. Every provider is marked
 * illustrative, and the public pages say so. Idempotent: a catalogue with any service is left
 * alone. Costs about a second on the first start (logged).
 */
@Component
@Profile("demo & !postgres")
@Order(40)
class CatalogueDemoData implements ApplicationRunner {

    /** Písek, Blatná, Český Krumlov, Domažlice, Luhačovice (ČSÚ codes, as TerritoryDemoData). */
    static final Set<Integer> SEED_DISTRICTS = Set.of(3108, 3101, 3103, 3202, 7204);

    static final int SERVICES = 150;
    static final long SEED = 2026;
    static final int PISEK = 3108;
    static final int PISEK_TOWN = 549240;

    private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

    private final CatalogueServiceRepository services;
    private final ProviderRepository providers;
    private final RegisterImport registerImport;
    private final CatalogueAdministration administration;
    private final TransactionTemplate tx;
    private final StartupWork startup;

    CatalogueDemoData(
            CatalogueServiceRepository services,
            ProviderRepository providers,
            RegisterImport registerImport,
            CatalogueAdministration administration,
            TransactionTemplate tx,
            StartupWork startup) {
        this.services = services;
        this.providers = providers;
        this.registerImport = registerImport;
        this.administration = administration;
        this.tx = tx;
        this.startup = startup;
    }

    /** The catalogue depends on no other demo data, so it loads while the process demo data does. */
    @Override
    public void run(ApplicationArguments args) {
        startup.inBackground("demo catalogue", this::load);
    }

    void load() {
        if (services.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("planovna-ukazkovy-registr");
            new RegisterGenerator()
                    .generate(folder, new RegisterGenerator.Options(SERVICES, SEED, 900_000, SEED_DISTRICTS));
            // the related service first: the import's re-index then covers it too
            administration.createRelatedService(debtCounselling());
            ImportReport report = registerImport.importFolder(folder);
            if (!report.applied()) {
                log.warn("Demo catalogue was not imported: {}", report.status());
                return;
            }
            tx.executeWithoutResult(status -> providers.markAllIllustrative());
            log.info(
                    "Demo data: illustrative catalogue of {} services in the seed ORP in {} ms",
                    services.count(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static NewRelatedService debtCounselling() {
        return new NewRelatedService(
                PISEK,
                RelatedServiceKind.DEBT_COUNSELLING,
                "Dluhová poradna Písek",
                "Bezplatné poradenství lidem v dluhové tísni: rozpočet domácnosti, splátkové kalendáře,"
                        + " pomoc s návrhem na oddlužení. Ukázkový záznam.",
                "Poradna Pramen, z. s.",
                null,
                List.of(
                        ContactView.of(ContactKind.PHONE, "382 000 111"),
                        ContactView.of(ContactKind.EMAIL, "poradna@example.org")),
                new NewRelatedService.Place("Poradna Pramen", "Husova", "12", "397 01", PISEK_TOWN));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", folder, e);
        }
    }
}
