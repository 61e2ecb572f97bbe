package cz.planovna.analysis;

import cz.planovna.shared.startup.StartupWork;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: synthetic population figures 2019–2024 for every obec of the ORP planning in Plánovna,
 * generated and imported through the same CSV path as real files; an ORP that already has figures
 * (real or from an earlier start) is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(45)
class DemographicsDemoData implements ApplicationRunner {

    static final int FROM = 2019;
    static final int TO = 2024;
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemographicsDemoData.class);

    private final TerritoryQueries territory;
    private final DemographicsGenerator generator;
    private final DemographicsImport importer;
    private final PopulationStore store;
    private final StartupWork startup;

    DemographicsDemoData(
            TerritoryQueries territory,
            DemographicsGenerator generator,
            DemographicsImport importer,
            PopulationStore store,
            StartupWork startup) {
        this.territory = territory;
        this.generator = generator;
        this.importer = importer;
        this.store = store;
        this.startup = startup;
    }

    /** Needs only the territory (marked active by its demo runner before this one runs). */
    @Override
    public void run(ApplicationArguments args) {
        startup.inBackground("demo population", this::load);
    }

    void load() {
        for (DistrictSummary orp : territory.planningDistricts()) {
            if (store.anyIn(orp.code())) {
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                generator.writeDistrict(out, orp.code(), FROM, TO, SEED);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ImportResult result = importer.importSynthetic(
                    orp.code(),
                    "synteticka-data-" + orp.code() + "-" + FROM + "-" + TO + ".csv",
                    new ByteArrayInputStream(bytes.toByteArray()));
            log.info(
                    "Demo: synthetic population of ORP {} ({} figures, applied {})",
                    orp.name(),
                    result.figures(),
                    result.applied());
        }
    }
}
