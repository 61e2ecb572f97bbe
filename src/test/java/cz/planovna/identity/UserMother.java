package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test users, created through the public {@link UserAdministration} API with unique e-mails, so
 * tests never depend on demo data or on what other tests left in a shared database.
 */
class UserMother {

    static final String PASSWORD = "Testovaci-heslo-2026";

    static final int PISEK = 3108;
    static final int BLATNA = 3101;
    static final int DOMAZLICE = 3202;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;
    static final String ICO = "70890650";

    /** A created user; {@code password} is null when none was set. */
    record TestUser(long id, String email, String fullName, String password, List<Grant> grants) {

        /** MockMvc as this user, signed in the way the login form would sign them in. */
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.authentication(
                    UsernamePasswordAuthenticationToken.authenticated(
                            new SignedInUser(id, email), null, PasswordAuthenticationProvider.authorities(grants)));
        }
    }

    private final UserAdministration users;
    private final TerritoryQueries territory;

    UserMother(UserAdministration users, TerritoryQueries territory) {
        this.users = users;
        this.territory = territory;
    }

    static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    TerritoryRef kraj(int code) {
        return territory.regionRef(code).orElseThrow();
    }

    TestUser admin() {
        return create("admin", "Správce Testovací", null, Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return create("kraj", "Krajský Koordinátor", null, Grant.regionalCoordinator(kraj(kraj)));
    }

    TestUser districtCoordinator(int orp) {
        return create("koordinator", "Koordinátor Orp", null, Grant.districtCoordinator(orp(orp)));
    }

    TestUser groupMember(int orp) {
        return create("clen", "Člen Skupiny", null, Grant.groupMember(orp(orp)));
    }

    TestUser providerEditor(int orp) {
        return create("poskytovatel", "Editor Poskytovatele", null, Grant.providerEditor(ICO, orp(orp)));
    }

    TestUser withoutRole() {
        return create("bezrole", "Bez Role", null);
    }

    /** A user with {@link #PASSWORD}, for tests that really sign in (bcrypt makes this slower). */
    TestUser withPassword(Grant... grants) {
        return create("heslo", "Uživatel S Heslem", PASSWORD, grants);
    }

    TestUser create(String prefix, String fullName, String password, Grant... grants) {
        String email = uniqueEmail(prefix);
        long id = users.createUser(new NewUser(email, fullName, password, grants));
        return new TestUser(id, email, fullName, password, List.of(grants));
    }
}
