package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.catalogue.RegisterFolderMother.ServiceJson;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data of provider edits: registered services of a provider with a unique valid IČO (imported
 * through the ordinary register import) and users of every kind, all with unique names.
 */
final class ProviderEditMother {

    static final int PISEK = 3108, BLATNA = 3101, JIHOCESKY = 3034, PLZENSKY = 3042;

    record TestUser(long id, String email) {
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }
    }

    /** A service as imported: its catalogue id, register identifier, the record to re-import and the IČO. */
    record Imported(long id, String identifier, ServiceJson json, String ico) {}

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final RegisterImport registerImport;
    private final CatalogueQueries queries;

    ProviderEditMother(
            UserAdministration users,
            TerritoryQueries territory,
            RegisterImport registerImport,
            CatalogueQueries queries) {
        this.users = users;
        this.territory = territory;
        this.registerImport = registerImport;
        this.queries = queries;
    }

    /** A random 8-digit IČO with a valid check digit. */
    static String uniqueIco() {
        while (true) {
            String head = String.format("%07d", ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (head.charAt(i) - '0') * (8 - i);
            }
            int check = (11 - sum % 11) % 10;
            return head + check;
        }
    }

    /** A home for the elderly in Písek (ORP 3108) of a new provider, with a register description. */
    Imported service(String description) throws Exception {
        String identifier = "pe" + RegisterFolderMother.uniqueTag();
        String ico = uniqueIco();
        ServiceJson json = RegisterFolderMother.service(identifier)
                .provider(ico, "Poskytovatel " + identifier)
                .set("nazev", "Domov úprav " + identifier)
                .set("popis", description)
                .contact("telefony", "telefon", "382 111 222");
        return reimport(new Imported(0, identifier, json, ico));
    }

    /** Imports the record (again); the catalogue id stays the same by the register identifier. */
    Imported reimport(Imported service) throws Exception {
        ImportReport report = registerImport.importFolder(
                RegisterFolderMother.folder(Files.createTempDirectory("edits"), List.of(service.json())));
        assertThat(report.applied()).isTrue();
        long id =
                queries.serviceByRegisterId(service.identifier()).orElseThrow().id();
        return new Imported(id, service.identifier(), service.json(), service.ico());
    }

    TestUser provider(String ico) {
        return user(
                "poskytovatel",
                Grant.providerEditor(ico, territory.districtRef(PISEK).orElseThrow()));
    }

    TestUser coordinator(int orp) {
        return user(
                "koordinator",
                Grant.districtCoordinator(territory.districtRef(orp).orElseThrow()));
    }

    TestUser member(int orp) {
        return user("clen", Grant.groupMember(territory.districtRef(orp).orElseThrow()));
    }

    TestUser regional(int kraj) {
        return user("kraj", Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser admin() {
        return user("admin", Grant.systemAdmin());
    }

    private TestUser user(String prefix, Grant grant) {
        return user(prefix, null, grant);
    }

    /** A user who can sign in through the login form with {@code password}. */
    TestUser user(String prefix, String password, Grant grant) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, password, List.of(grant)));
        return new TestUser(id, email);
    }

    TerritoryQueries territory() {
        return territory;
    }
}
