package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void emailIsTheCaseInsensitiveLoginName() {
        UserAccount user = new UserAccount("  Jana.Nova@Example.CZ ", "Jana Nová", NOW);

        assertThat(user.email()).isEqualTo("jana.nova@example.cz");
        assertThat(UserAccount.normalizeEmail("JANA.nova@example.cz")).isEqualTo(user.email());
    }

    @Test
    void sortKeysOrderNamesLikeCzechCollation() {
        List<String> names = List.of(
                "Novák Petr", "Chalupa Jan", "Čermák Tomáš", "Horák Jiří", "Cibulka Adam", "Šťastná Eva", "Sýkora Ivo");

        List<String> byKey = names.stream()
                .sorted(Comparator.comparing(UserAccount::sortKeyOf))
                .toList();

        assertThat(byKey)
                .isEqualTo(names.stream().sorted(CzechCollation.comparator()).toList());
        assertThat(byKey)
                .containsExactly(
                        "Cibulka Adam",
                        "Čermák Tomáš",
                        "Horák Jiří",
                        "Chalupa Jan",
                        "Novák Petr",
                        "Sýkora Ivo",
                        "Šťastná Eva");
    }

    @Test
    void theLongestNameHasASortKeyThatFitsItsColumn() {
        String longest = "Žofie Šťastná-Čechová Řeháčková Ďáblová ".repeat(6).substring(0, 199) + "á";

        assertThat(UserAccount.sortKeyOf(longest)).hasSizeLessThanOrEqualTo(1500);
        assertThat(new UserAccount("z@example.cz", longest, NOW).fullName()).hasSize(200);
    }

    @Test
    void aRoleIsHeldOnce() {
        UserAccount user = new UserAccount("a@example.cz", "A", NOW);
        Grant member = Grant.groupMember(TerritoryRef.district(3108, 3034));

        user.grant(member, null, NOW);

        assertThat(user.holds(member)).isTrue();
        assertThatThrownBy(() -> user.grant(member, null, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new UserAccount("a@example.cz", "  ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvitedUserHasNoPasswordYet() {
        UserAccount user = new UserAccount("a@example.cz", "A", NOW);

        assertThat(user.hasPassword()).isFalse();
        assertThat(UserStatus.of(user, NOW)).isEqualTo(UserStatus.INVITED);
    }
}
