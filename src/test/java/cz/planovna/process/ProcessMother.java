package cz.planovna.process;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users and planning data with unique names, so tests never depend on demo data or on what
 * other tests left in a shared database. Data goes through the repositories; the pages under test
 * are exercised through MockMvc.
 */
class ProcessMother extends TestUsers {

    /** ORP whose planning data only this module's tests create (ČSÚ codes). */
    static final int STRAKONICE = 3111;

    static final int PRACHATICE = 3109;
    static final int PISEK = 3108;
    static final int BLATNA = 3101;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

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
        super(users, territory);
        this.territory = territory;
        this.rounds = rounds;
        this.groups = groups;
        this.tx = tx;
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
