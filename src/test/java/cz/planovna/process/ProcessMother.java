package cz.planovna.process;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users and planning data with unique names, so tests never depend on demo data or on what
 * other tests left in a shared database. Data goes through the repositories; the pages under test
 * are exercised through MockMvc.
 */
class ProcessMother {

    /** ORP whose planning data only this module's tests create (ČSÚ codes). */
    static final int STRAKONICE = 3111;

    static final int PRACHATICE = 3109;
    static final int PISEK = 3108;
    static final int BLATNA = 3101;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    /** A created user; {@code password} is null when none was set. */
    record TestUser(long id, String email, String password) {

        /** MockMvc as this user; the identity module finds the account by the e-mail. */
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }
    }

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final PlanningRoundRepository rounds;
    private final PlanningGroupRepository groups;
    private final TransactionTemplate tx;

    ProcessMother(
            UserAdministration users,
            TerritoryQueries territory,
            PlanningRoundRepository rounds,
            PlanningGroupRepository groups,
            TransactionTemplate tx) {
        this.users = users;
        this.territory = territory;
        this.rounds = rounds;
        this.groups = groups;
        this.tx = tx;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    // ---- users --------------------------------------------------------------------------------

    TestUser admin() {
        return user("admin", null, Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return user(
                "kraj",
                null,
                Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser districtCoordinator(int orp) {
        return user("koordinator", null, Grant.districtCoordinator(orp(orp)));
    }

    TestUser groupMember(int orp) {
        return user("clen", null, Grant.groupMember(orp(orp)));
    }

    TestUser providerEditor(int orp) {
        return user("poskytovatel", null, Grant.providerEditor("70890650", orp(orp)));
    }

    TestUser user(String prefix, String password, Grant... grants) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, password, List.of(grants)));
        return new TestUser(id, email, password);
    }

    // ---- planning data ------------------------------------------------------------------------

    /** A running round with a two-step schedule, not funded. */
    long round(int orp, String name) {
        return tx.execute(s -> rounds.save(new PlanningRound(
                        orp(orp),
                        new RoundDetails(
                                name,
                                LocalDate.of(2030, 1, 1),
                                LocalDate.of(2031, 12, 31),
                                "Popis etapy",
                                RoundState.RUNNING,
                                List.of(
                                        new Milestone("Úvodní setkání", LocalDate.of(2030, 2, 12), true),
                                        new Milestone("Schválení plánu", LocalDate.of(2031, 11, 30), false)))))
                .id());
    }

    long workingGroup(int orp, String name) {
        return tx.execute(s -> groups.save(new PlanningGroup(
                        orp(orp),
                        GroupKind.WORKING,
                        new GroupDetails(name, "Senioři", "Popis skupiny", true),
                        Instant.now()))
                .id());
    }

    /** The ORP's steering group, created unless another test created it already. */
    void ensureSteeringGroup(int orp) {
        tx.executeWithoutResult(s -> {
            if (!groups.existsByDistrictCodeAndKind(orp, GroupKind.STEERING)) {
                groups.save(new PlanningGroup(
                        orp(orp),
                        GroupKind.STEERING,
                        new GroupDetails("Řídící skupina", null, null, false),
                        Instant.now()));
            }
        });
    }

    /** Adds a member to a group and returns the member's id. */
    long member(long groupId, String fullName, boolean consent) {
        return tx.execute(s -> {
            PlanningGroup group = groups.findById(groupId).orElseThrow();
            group.addMember(
                    new MemberDetails(
                            fullName, "Charita", "clen@example.cz", MemberRole.MEMBER, Sector.PROVIDER, consent, null),
                    LocalDate.now(),
                    Instant.now());
            groups.saveAndFlush(group);
            return group.members().stream()
                    .filter(m -> m.toView().fullName().equals(fullName))
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }

    long groupVersion(long groupId) {
        return groups.findById(groupId).orElseThrow().version();
    }

    long roundVersion(long roundId) {
        return rounds.findById(roundId).orElseThrow().version();
    }
}
