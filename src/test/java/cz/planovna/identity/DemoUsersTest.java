package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;

/** The demo accounts: complete, idempotent, documented, and never in the postgres profile. */
@IdentityWebTest
class DemoUsersTest {

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    LoginService logins;

    @Test
    void createsOneAccountPerRoleAndSeedTerritoryOnlyOnce() throws Exception {
        DemoUsers demo = new DemoUsers(users, territory);

        demo.run(null);
        demo.run(null);

        List<NewUser> accounts = demo.accounts();
        assertThat(accounts).hasSize(15);
        for (NewUser account : accounts) {
            long id = users.findIdByEmail(account.email()).orElseThrow();
            assertThat(currentUsers.byId(id).orElseThrow().grants()).containsExactlyElementsOf(account.grants());
        }
        assertThat(currentUsers
                        .byId(users.findIdByEmail("admin@planovna.cz").orElseThrow())
                        .orElseThrow()
                        .isAdmin())
                .isTrue();
        assertThat(logins.attempt("koordinator.pisek@planovna.cz", DemoUsers.PASSWORD)
                        .kind())
                .isEqualTo(LoginService.Outcome.Kind.SUCCESS);
    }

    @Test
    void isActiveInTheDemoProfileOnly() {
        Profiles profiles =
                Profiles.of(DemoUsers.class.getAnnotation(Profile.class).value());

        assertThat(profiles.matches(Set.of("demo")::contains)).isTrue();
        assertThat(profiles.matches(Set.of("demo", "postgres")::contains)).isFalse();
        assertThat(profiles.matches(Set.of("postgres")::contains)).isFalse();
        assertThat(profiles.matches(Set.of("test")::contains)).isFalse();
    }

    @Test
    void theDocumentationListsEveryAccountAndThePassword() throws Exception {
        String docs = Files.readString(Path.of("docs/demo-users.md"), StandardCharsets.UTF_8);

        assertThat(docs).contains("`" + DemoUsers.PASSWORD + "`");
        for (NewUser account : new DemoUsers(users, territory).accounts()) {
            assertThat(docs).contains("`" + account.email() + "`");
        }
    }
}
