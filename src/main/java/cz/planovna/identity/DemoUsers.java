package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one account per role for the five seed ORP (see docs/demo-users.md). Skips
 * accounts that exist, so restarts are harmless. Never active with the postgres profile.
 */
@Component
@Profile("demo & !postgres")
@Order(20)
class DemoUsers implements ApplicationRunner {

    /** Published in docs/demo-users.md; demo databases only. */
    static final String PASSWORD = "Planovna2026!";

    static final String PROVIDER_ICO = "56044101";

    /** slug, ORP code, the Czech name used in the demo names. */
    private record SeedDistrict(String slug, int code, String name) {}

    private static final List<SeedDistrict> DISTRICTS = List.of(
            new SeedDistrict("pisek", 3108, "Písek"),
            new SeedDistrict("blatna", 3101, "Blatná"),
            new SeedDistrict("krumlov", 3103, "Český Krumlov"),
            new SeedDistrict("domazlice", 3202, "Domažlice"),
            new SeedDistrict("luhacovice", 7204, "Luhačovice"));

    private record SeedRegion(String slug, int code, String name) {}

    private static final List<SeedRegion> REGIONS = List.of(
            new SeedRegion("jihocesky", 3034, "Jihočeský kraj"),
            new SeedRegion("plzensky", 3042, "Plzeňský kraj"),
            new SeedRegion("zlinsky", 3131, "Zlínský kraj"));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAdministration users;
    private final TerritoryQueries territory;

    DemoUsers(UserAdministration users, TerritoryQueries territory) {
        this.users = users;
        this.territory = territory;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<NewUser> missing = accounts().stream()
                .filter(user -> users.findIdByEmail(user.email()).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            users.createUsersSharingPassword(missing, PASSWORD);
        }
        log.info("Demo users: {} created, password in docs/demo-users.md", missing.size());
    }

    List<NewUser> accounts() {
        List<NewUser> accounts = new ArrayList<>();
        accounts.add(new NewUser("admin@planovna.cz", "Správce Plánovny", PASSWORD, Grant.systemAdmin()));
        for (SeedRegion r : REGIONS) {
            TerritoryRef kraj = territory.regionRef(r.code()).orElseThrow();
            accounts.add(new NewUser(
                    "kraj." + r.slug() + "@planovna.cz",
                    "Koordinátor – " + r.name(),
                    PASSWORD,
                    Grant.regionalCoordinator(kraj)));
        }
        for (SeedDistrict d : DISTRICTS) {
            TerritoryRef orp = territory.districtRef(d.code()).orElseThrow();
            accounts.add(new NewUser(
                    "koordinator." + d.slug() + "@planovna.cz",
                    "Koordinátor ORP " + d.name(),
                    PASSWORD,
                    Grant.districtCoordinator(orp)));
            accounts.add(new NewUser(
                    "clen." + d.slug() + "@planovna.cz",
                    "Člen skupiny ORP " + d.name(),
                    PASSWORD,
                    Grant.groupMember(orp)));
        }
        TerritoryRef pisek = territory.districtRef(3108).orElseThrow();
        accounts.add(new NewUser(
                "poskytovatel@planovna.cz",
                "Editor poskytovatele (Písek)",
                PASSWORD,
                Grant.providerEditor(PROVIDER_ICO, pisek)));
        return accounts;
    }
}
