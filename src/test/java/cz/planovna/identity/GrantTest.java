package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrantTest {

    static final TerritoryRef PISEK = TerritoryRef.district(3108, 3034);
    static final TerritoryRef JIHOCESKY = TerritoryRef.region(3034);

    @Test
    void eachRoleNamesItsKindOfTerritory() {
        assertThat(Grant.systemAdmin().territory()).isNull();
        assertThat(Grant.regionalCoordinator(JIHOCESKY).territory()).isEqualTo(JIHOCESKY);
        assertThat(Grant.groupMember(PISEK).territory()).isEqualTo(PISEK);
        assertThat(Grant.providerEditor("70890650", PISEK).providerIco()).isEqualTo("70890650");
    }

    @Test
    void refusesTheWrongKindOfTerritory() {
        assertThatThrownBy(() -> new Grant(Role.SYSTEM_ADMIN, PISEK, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grant.regionalCoordinator(PISEK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grant.districtCoordinator(JIHOCESKY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grant.groupMember(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grant(Role.GROUP_MEMBER, PISEK, "70890650"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"70890651", "7089065", "708906500", "abcdefgh", ""})
    void providerEditorNeedsAValidIco(String ico) {
        assertThatThrownBy(() -> Grant.providerEditor(ico, PISEK)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"70890650", "00064581", "25596641", "00006947"})
    void acceptsValidIcos(String ico) {
        assertThat(Ico.isValid(ico)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"70890652", "00064582", "25596640", "1234567", "123456789", "1234567a"})
    void rejectsInvalidIcos(String ico) {
        assertThat(Ico.isValid(ico)).isFalse();
    }

    @Test
    void nullIcoIsInvalid() {
        assertThat(Ico.isValid(null)).isFalse();
    }

    @Test
    void authoritiesKeepTheNameTheLayoutUses() {
        assertThat(Role.SYSTEM_ADMIN.authority()).isEqualTo("ROLE_ADMIN");
        assertThat(Role.GROUP_MEMBER.authority()).isEqualTo("ROLE_GROUP_MEMBER");
    }
}
