package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.process.GroupForms.GroupForm;
import cz.planovna.process.GroupForms.MemberForm;
import cz.planovna.process.RoundForms.GrantProjectForm;
import cz.planovna.process.RoundForms.RoundForm;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the planning process of an ORP, each checked with {@code EDIT_PLANNING}. Forms carry
 * the version they showed; an older one is refused with both versions ({@link StaleEditException}).
 */
@Service
@Transactional
class PlanningService {

    private final PlanningRoundRepository rounds;
    private final PlanningGroupRepository groups;
    private final OrpAccess access;
    private final Clock clock;

    PlanningService(
            PlanningRoundRepository rounds,
            PlanningGroupRepository groups,
            OrpAccess access,
            ObjectProvider<Clock> clock) {
        this.rounds = rounds;
        this.groups = groups;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long createRound(int districtCode, RoundForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        return rounds.save(new PlanningRound(orp, form.toDetails())).id();
    }

    void updateRound(int districtCode, long roundId, RoundForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningRound round = findRound(districtCode, roundId);
        if (round.version() != form.version()) {
            throw stale(round.name(), form.name(), round.name(), roundUrl(districtCode, roundId));
        }
        round.change(form.toDetails());
    }

    void saveGrantProject(int districtCode, long roundId, GrantProjectForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningRound round = findRound(districtCode, roundId);
        if (round.version() != form.version()) {
            String stored =
                    round.hasGrantProject() ? round.toDetail().grantProject().registrationNumber() : "";
            throw stale(round.name(), form.registrationNumber(), stored, roundUrl(districtCode, roundId) + "/projekt");
        }
        round.fund(form.toProject(), form.toKeyActivities());
    }

    void saveTeam(int districtCode, long roundId, TeamForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningRound round = findRound(districtCode, roundId);
        if (round.version() != form.version()) {
            throw stale(
                    round.name(),
                    form.coordinatorName(),
                    round.teamView().coordinatorName(),
                    roundUrl(districtCode, roundId) + "/tym");
        }
        round.staff(form.coordinatorName(), form.coordinatorEmail(), form.coordinatorPhone(), form.members());
    }

    long createGroup(int districtCode, GroupForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        if (form.kind() == GroupKind.STEERING && groups.existsByDistrictCodeAndKind(districtCode, GroupKind.STEERING)) {
            throw new FormRejectedException("kind", "process.validation.group.steering.exists");
        }
        return groups.save(new PlanningGroup(orp, form.kind(), form.toDetails(), clock.instant()))
                .id();
    }

    void updateGroup(int districtCode, long groupId, GroupForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningGroup group = findGroup(districtCode, groupId);
        checkVersion(group, form.version(), form.name(), districtCode);
        group.change(form.toDetails(), clock.instant());
    }

    void addMember(int districtCode, long groupId, MemberForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningGroup group = findGroup(districtCode, groupId);
        checkVersion(group, form.version(), form.fullName(), districtCode);
        group.addMember(form.toDetails(), today(), clock.instant());
    }

    void removeMember(int districtCode, long groupId, long memberId, long version) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningGroup group = findGroup(districtCode, groupId);
        checkVersion(group, version, group.name(), districtCode);
        boolean current = group.currentMembers().stream().anyMatch(m -> m.id() == memberId);
        if (!current) {
            throw new NotFoundException("member " + memberId);
        }
        group.removeMember(memberId, today(), clock.instant());
    }

    void setDigest(int districtCode, long groupId, long memberId, boolean wants, long version) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningGroup group = findGroup(districtCode, groupId);
        checkVersion(group, version, group.name(), districtCode);
        boolean current = group.currentMembers().stream().anyMatch(m -> m.id() == memberId);
        if (!current) {
            throw new NotFoundException("member " + memberId);
        }
        if (wants
                && group.currentMembers().stream()
                        .filter(m -> m.id() == memberId)
                        .anyMatch(m -> m.toView().email() == null)) {
            throw new FormRejectedException(null, "process.validation.digest.noEmail");
        }
        group.setDigest(memberId, wants, clock.instant());
    }

    private void checkVersion(PlanningGroup group, long version, String submitted, int districtCode) {
        if (group.version() != version) {
            throw stale(group.name(), submitted, group.name(), groupUrl(districtCode, group.id()));
        }
    }

    private PlanningRound findRound(int districtCode, long roundId) {
        return rounds.findByIdAndDistrictCode(roundId, districtCode)
                .orElseThrow(() -> new NotFoundException("round " + roundId));
    }

    private PlanningGroup findGroup(int districtCode, long groupId) {
        return groups.findByIdAndDistrictCode(groupId, districtCode)
                .orElseThrow(() -> new NotFoundException("group " + groupId));
    }

    private static StaleEditException stale(String label, String submitted, String current, String returnUrl) {
        return new StaleEditException(label, submitted, current, returnUrl, false);
    }

    static String roundUrl(int districtCode, long roundId) {
        return "/orp/" + districtCode + "/planovani/etapy/" + roundId;
    }

    static String groupUrl(int districtCode, long groupId) {
        return "/orp/" + districtCode + "/planovani/skupiny/" + groupId;
    }
}
