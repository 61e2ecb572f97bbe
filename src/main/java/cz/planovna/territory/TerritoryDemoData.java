package cz.planovna.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile: the five seed ORP plan their social services in Plánovna. Idempotent. */
@Component
@Profile("demo & !postgres")
@Order(10)
class TerritoryDemoData implements ApplicationRunner {

    /** Písek, Blatná, Český Krumlov, Domažlice, Luhačovice. */
    static final int[] SEED_DISTRICTS = {3108, 3101, 3103, 3202, 7204};

    private static final Logger log = LoggerFactory.getLogger(TerritoryDemoData.class);

    private final TerritoryAdministration administration;

    TerritoryDemoData(TerritoryAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        administration.activatePlanning(SEED_DISTRICTS);
        log.info("Demo data: {} ORP marked as active planning territories", SEED_DISTRICTS.length);
    }
}
