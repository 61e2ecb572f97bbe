package cz.planovna.testing;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;

/**
 * Test users with roles, created through the public {@link UserAdministration} API with unique
 * e-mails, so tests never depend on demo data or on what other tests left in a shared database. A
 * module's …Mother extends it and adds the module's own data.
 */
public class TestUsers {

    /** The IČO of the provider editors. */
    public static final String ICO = "70890650";

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final String password;

    /** Users without a password (they are signed in by MockMvc, never through the login form). */
    public TestUsers(UserAdministration users, TerritoryQueries territory) {
        this(users, territory, null);
    }

    /** Users who can also sign in through the login form with {@code password}. */
    public TestUsers(UserAdministration users, TerritoryQueries territory, String password) {
        this.users = users;
        this.territory = territory;
        this.password = password;
    }

    /** The prefix and a random suffix: a name no other test (or earlier run) uses. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
    }

    public TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    public TerritoryRef kraj(int code) {
        return territory.regionRef(code).orElseThrow();
    }

    public TestUser admin() {
        return user("admin", password, Grant.systemAdmin());
    }

    public TestUser regionalCoordinator(int kraj) {
        return user("kraj", password, Grant.regionalCoordinator(kraj(kraj)));
    }

    public TestUser districtCoordinator(int orp) {
        return user("koordinator", password, Grant.districtCoordinator(orp(orp)));
    }

    public TestUser groupMember(int orp) {
        return user("clen", password, Grant.groupMember(orp(orp)));
    }

    public TestUser providerEditor(int orp) {
        return user("poskytovatel", password, Grant.providerEditor(ICO, orp(orp)));
    }

    /** A signed-in citizen: an account without any role. */
    public TestUser citizen() {
        return user("obcan", password);
    }

    /** A user with a unique e-mail starting with {@code prefix}, the password and the grants. */
    public TestUser user(String prefix, String password, Grant... grants) {
        String email = uniqueEmail(prefix);
        long id = users.createUser(new NewUser(email, "Test " + prefix, password, List.of(grants)));
        return new TestUser(id, email, password);
    }
}
