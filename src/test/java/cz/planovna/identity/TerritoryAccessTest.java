package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

/** Every role against its own and foreign territories, for every action. */
class TerritoryAccessTest {

    static final TerritoryRef PISEK = TerritoryRef.district(3108, 3034);
    /** Another ORP of the same kraj (Jihočeský). */
    static final TerritoryRef BLATNA = TerritoryRef.district(3101, 3034);
    /** An ORP of another kraj (Plzeňský). */
    static final TerritoryRef DOMAZLICE = TerritoryRef.district(3202, 3042);

    static final TerritoryRef JIHOCESKY = TerritoryRef.region(3034);
    static final TerritoryRef PLZENSKY = TerritoryRef.region(3042);

    static final Map<String, TerritoryRef> TERRITORIES = Map.of(
            "PISEK", PISEK, "BLATNA", BLATNA, "DOMAZLICE", DOMAZLICE, "JIHOCESKY", JIHOCESKY, "PLZENSKY", PLZENSKY);

    /** Who is asking: everyone with a role holds it in Písek or in the Jihočeský kraj. */
    static final Map<String, CurrentUser> USERS = Map.of(
            "ANONYMOUS", CurrentUser.anonymous(),
            "ADMIN", user(Grant.systemAdmin()),
            "REGIONAL", user(Grant.regionalCoordinator(JIHOCESKY)),
            "DISTRICT", user(Grant.districtCoordinator(PISEK)),
            "MEMBER", user(Grant.groupMember(PISEK)),
            "PROVIDER", user(Grant.providerEditor("70890650", PISEK)));

    private final TerritoryAccess access = new TerritoryAccess();

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(42, "x@example.cz", "X", List.of(grants));
    }

    /**
     * Expected answers as four flags in the order VIEW_INTERNAL, EDIT_PLANNING, MANAGE_MEMBERS,
     * ADMINISTER_TERRITORY (1 = allowed).
     */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "ANONYMOUS, PISEK,     0000",
        "ANONYMOUS, JIHOCESKY, 0000",
        "ADMIN,     PISEK,     1111",
        "ADMIN,     BLATNA,    1111",
        "ADMIN,     DOMAZLICE, 1111",
        "ADMIN,     JIHOCESKY, 1111",
        "ADMIN,     PLZENSKY,  1111",
        "REGIONAL,  PISEK,     1111",
        "REGIONAL,  BLATNA,    1111",
        "REGIONAL,  JIHOCESKY, 1111",
        "REGIONAL,  DOMAZLICE, 0000",
        "REGIONAL,  PLZENSKY,  0000",
        "DISTRICT,  PISEK,     1110",
        "DISTRICT,  BLATNA,    0000",
        "DISTRICT,  DOMAZLICE, 0000",
        "DISTRICT,  JIHOCESKY, 0000",
        "DISTRICT,  PLZENSKY,  0000",
        "MEMBER,    PISEK,     1000",
        "MEMBER,    BLATNA,    0000",
        "MEMBER,    DOMAZLICE, 0000",
        "MEMBER,    JIHOCESKY, 0000",
        "PROVIDER,  PISEK,     0000",
        "PROVIDER,  DOMAZLICE, 0000",
        "PROVIDER,  JIHOCESKY, 0000",
    })
    void decidesEveryActionPerRoleAndTerritory(String who, String where, String flags) {
        CurrentUser user = USERS.get(who);
        TerritoryRef territory = TERRITORIES.get(where);
        Action[] actions = Action.values();
        for (int i = 0; i < actions.length; i++) {
            boolean expected = flags.charAt(i) == '1';
            assertThat(access.may(user, actions[i], territory))
                    .as("%s %s on %s", who, actions[i], where)
                    .isEqualTo(expected);
            if (expected) {
                access.check(user, actions[i], territory);
            } else {
                Action action = actions[i];
                assertThatThrownBy(() -> access.check(user, action, territory))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void rolesInSeveralTerritoriesAddUp() {
        CurrentUser both = user(Grant.groupMember(PISEK), Grant.districtCoordinator(DOMAZLICE));

        assertThat(access.may(both, Action.VIEW_INTERNAL, PISEK)).isTrue();
        assertThat(access.may(both, Action.MANAGE_MEMBERS, PISEK)).isFalse();
        assertThat(access.may(both, Action.MANAGE_MEMBERS, DOMAZLICE)).isTrue();
        assertThat(access.may(both, Action.VIEW_INTERNAL, BLATNA)).isFalse();
    }

    /** Which roles each role may hand out in Písek (own) and Domažlice (foreign kraj). */
    @ParameterizedTest(name = "{0} grants {1} in {2}: {3}")
    @CsvSource({
        "ADMIN,     SYSTEM_ADMIN,         -,         true",
        "ADMIN,     REGIONAL_COORDINATOR, PLZENSKY,  true",
        "ADMIN,     GROUP_MEMBER,         DOMAZLICE, true",
        "REGIONAL,  SYSTEM_ADMIN,         -,         false",
        "REGIONAL,  REGIONAL_COORDINATOR, JIHOCESKY, false",
        "REGIONAL,  DISTRICT_COORDINATOR, BLATNA,    true",
        "REGIONAL,  GROUP_MEMBER,         PISEK,     true",
        "REGIONAL,  PROVIDER_EDITOR,      PISEK,     true",
        "REGIONAL,  GROUP_MEMBER,         DOMAZLICE, false",
        "DISTRICT,  DISTRICT_COORDINATOR, PISEK,     true",
        "DISTRICT,  GROUP_MEMBER,         PISEK,     true",
        "DISTRICT,  PROVIDER_EDITOR,      PISEK,     true",
        "DISTRICT,  GROUP_MEMBER,         BLATNA,    false",
        "DISTRICT,  REGIONAL_COORDINATOR, JIHOCESKY, false",
        "DISTRICT,  SYSTEM_ADMIN,         -,         false",
        "MEMBER,    GROUP_MEMBER,         PISEK,     false",
        "PROVIDER,  PROVIDER_EDITOR,      PISEK,     false",
        "ANONYMOUS, GROUP_MEMBER,         PISEK,     false",
    })
    void grantsOnlyWhatTheRoleManages(String who, Role role, String where, boolean expected) {
        TerritoryRef territory = "-".equals(where) ? null : TERRITORIES.get(where);
        assertThat(access.mayGrant(USERS.get(who), role, territory)).isEqualTo(expected);
    }

    @Test
    void coordinatorsManageUsersHoldingARoleInTheirTerritoryOnly() {
        List<Grant> pisekMember = List.of(Grant.groupMember(PISEK));
        List<Grant> domazliceMember = List.of(Grant.groupMember(DOMAZLICE));
        List<Grant> admin = List.of(Grant.systemAdmin());

        assertThat(access.mayManageUser(USERS.get("ADMIN"), domazliceMember)).isTrue();
        assertThat(access.mayManageUser(USERS.get("ADMIN"), List.of())).isTrue();
        assertThat(access.mayManageUser(USERS.get("REGIONAL"), pisekMember)).isTrue();
        assertThat(access.mayManageUser(USERS.get("REGIONAL"), domazliceMember)).isFalse();
        assertThat(access.mayManageUser(USERS.get("DISTRICT"), pisekMember)).isTrue();
        assertThat(access.mayManageUser(USERS.get("DISTRICT"), domazliceMember)).isFalse();
        assertThat(access.mayManageUser(USERS.get("DISTRICT"), admin)).isFalse();
        assertThat(access.mayManageUser(USERS.get("MEMBER"), pisekMember)).isFalse();
        assertThat(access.mayManageUser(USERS.get("PROVIDER"), pisekMember)).isFalse();
    }

    @Test
    void scopeListsTheTerritoriesForDatabaseFilters() {
        var regional = access.scope(USERS.get("REGIONAL"), Action.MANAGE_MEMBERS);
        assertThat(regional.everything()).isFalse();
        assertThat(regional.regionCodes()).containsExactly(3034);
        assertThat(regional.districtCodes()).isEmpty();

        var member = access.scope(USERS.get("MEMBER"), Action.MANAGE_MEMBERS);
        assertThat(member.isEmpty()).isTrue();
        assertThat(access.scope(USERS.get("MEMBER"), Action.VIEW_INTERNAL).districtCodes())
                .containsExactly(3108);
        assertThat(access.scope(USERS.get("ADMIN"), Action.ADMINISTER_TERRITORY).everything())
                .isTrue();
    }
}
