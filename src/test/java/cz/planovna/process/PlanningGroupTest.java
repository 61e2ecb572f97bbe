package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanningGroupTest {

    static final TerritoryRef BLATNA = TerritoryRef.district(3101, 3034);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static MemberDetails member(String name, boolean consent, LocalDate joined) {
        return new MemberDetails(
                name, "Charita Blatná", "jana@example.cz", MemberRole.CHAIR, Sector.PROVIDER, consent, joined);
    }

    @Test
    void theSteeringGroupIsNeverOpenForSubscription() {
        PlanningGroup steering = new PlanningGroup(
                BLATNA, GroupKind.STEERING, new GroupDetails("Řídící skupina", null, null, true), NOW);
        PlanningGroup working = new PlanningGroup(
                BLATNA, GroupKind.WORKING, new GroupDetails("Senioři", "Senioři a OZP", null, true), NOW);

        assertThat(steering.toSummary().openForSubscription()).isFalse();
        assertThat(working.toSummary().openForSubscription()).isTrue();
    }

    @Test
    void aMemberJoinsTodayUnlessADateIsGivenButNeverInTheFuture() {
        PlanningGroup group = group();
        group.addMember(member("Jana Nováková", true, null), TODAY, NOW);
        group.addMember(member("Petr Svoboda", true, LocalDate.of(2018, 3, 1)), TODAY, NOW);

        assertThat(group.toDetail().members())
                .extracting(MemberView::joinedOn)
                .containsExactly(TODAY, LocalDate.of(2018, 3, 1));
        assertThatThrownBy(() -> group.addMember(member("Eva Dvořáková", true, TODAY.plusDays(1)), TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingAMemberEndsTheMembershipAndKeepsItInTheHistory() throws Exception {
        PlanningGroup group = group();
        GroupMember jana = group.addMember(member("Jana Nováková", true, LocalDate.of(2018, 3, 1)), TODAY, NOW);
        setId(jana, 7L);

        group.removeMember(7L, TODAY, NOW);

        GroupDetail detail = group.toDetail();
        assertThat(detail.members()).isEmpty();
        assertThat(detail.formerMembers()).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isEqualTo("Jana Nováková");
            assertThat(m.leftOn()).isEqualTo(TODAY);
        });
        assertThat(group.members()).hasSize(1);
        assertThatThrownBy(() -> group.removeMember(7L, TODAY, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> group.removeMember(99L, TODAY, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicSeesNamesOnlyWithConsent() {
        PlanningGroup group = group();
        group.addMember(member("Jana Nováková", true, null), TODAY, NOW);
        group.addMember(member("Petr Svoboda", false, null), TODAY, NOW);

        assertThat(group.toPublic().members())
                .containsExactly(
                        new PublicMember("Jana Nováková", "Charita Blatná", MemberRole.CHAIR, Sector.PROVIDER),
                        new PublicMember(null, null, MemberRole.CHAIR, Sector.PROVIDER));
    }

    @Test
    void changingTheMemberListTouchesTheGroupSoItsVersionMoves() {
        PlanningGroup group = group();
        Instant later = NOW.plusSeconds(60);
        group.addMember(member("Jana Nováková", true, null), TODAY, later);
        assertThat(group).extracting("updatedAt").isEqualTo(later);
    }

    @Test
    void aMemberNeedsNameRoleAndSector() {
        PlanningGroup group = group();
        assertThatThrownBy(() -> group.addMember(
                        new MemberDetails(" ", null, null, MemberRole.MEMBER, Sector.PUBLIC, false, null), TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> group.addMember(
                        new MemberDetails("Jana", null, null, MemberRole.MEMBER, null, false, null), TODAY, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    private static PlanningGroup group() {
        return new PlanningGroup(BLATNA, GroupKind.WORKING, new GroupDetails("Senioři", null, null, false), NOW);
    }

    private static void setId(GroupMember member, long id) throws Exception {
        Field field = GroupMember.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(member, id);
    }
}
