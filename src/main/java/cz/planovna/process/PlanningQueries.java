package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read API of the planning process; every method checks who may see what. */
@Service
@Transactional(readOnly = true)
public class PlanningQueries {

    /** The steering group first, then working groups by name. */
    static final Comparator<GroupKind> KIND_ORDER = Comparator.naturalOrder();

    private final PlanningRoundRepository rounds;
    private final PlanningGroupRepository groups;
    private final OrpAccess access;

    PlanningQueries(PlanningRoundRepository rounds, PlanningGroupRepository groups, OrpAccess access) {
        this.rounds = rounds;
        this.groups = groups;
        this.access = access;
    }

    /** The coordinator overview; for those who see the ORP's internal pages. */
    public PlanningOverview overview(int districtCode) {
        TerritoryRef orp = access.check(districtCode, Action.VIEW_INTERNAL);
        return new PlanningOverview(
                access.info(districtCode),
                roundsOf(districtCode).stream().map(PlanningRound::toSummary).toList(),
                groupsOf(districtCode).stream().map(PlanningGroup::toSummary).toList(),
                access.may(orp, Action.EDIT_PLANNING));
    }

    /** The ORP of a page that creates something in it; for those who edit its planning. */
    public OrpInfo forEditing(int districtCode) {
        access.check(districtCode, Action.EDIT_PLANNING);
        return access.info(districtCode);
    }

    /** The ORP of an internal page; for those who see its internal pages. */
    public OrpInfo forViewing(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return access.info(districtCode);
    }

    /** A round to edit. */
    public RoundDetail round(int districtCode, long roundId) {
        access.check(districtCode, Action.EDIT_PLANNING);
        return rounds.findByIdAndDistrictCode(roundId, districtCode)
                .orElseThrow(() -> new NotFoundException("round " + roundId))
                .toDetail();
    }

    /** A group with member contacts; for those who see the ORP's internal pages. */
    public GroupDetail group(int districtCode, long groupId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return findGroup(districtCode, groupId).toDetail();
    }

    /** May the current user change the planning of this ORP? */
    public boolean mayEdit(int districtCode) {
        return access.may(access.orp(districtCode), Action.EDIT_PLANNING);
    }

    /** The public page: open to everyone, so only what members agreed to publish. */
    public PublicProcess publicProcess(int districtCode) {
        OrpInfo orp = access.info(districtCode);
        List<PlanningRound> all = roundsOf(districtCode);
        PlanningRound current = all.stream()
                .filter(r -> r.state() == RoundState.RUNNING)
                .findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        return new PublicProcess(
                orp,
                current == null ? null : current.toDetail(),
                all.stream()
                        .filter(r -> r != current)
                        .map(PlanningRound::toSummary)
                        .toList(),
                groupsOf(districtCode).stream().map(PlanningGroup::toPublic).toList());
    }

    private List<PlanningRound> roundsOf(int districtCode) {
        return rounds.findByDistrictCodeOrderByPeriodFromDescIdDesc(districtCode);
    }

    private List<PlanningGroup> groupsOf(int districtCode) {
        return groups.findByDistrictCode(districtCode).stream()
                .sorted(Comparator.comparing(PlanningGroup::kind, KIND_ORDER)
                        .thenComparing(PlanningGroup::name, CzechCollation.comparator()))
                .toList();
    }

    private PlanningGroup findGroup(int districtCode, long groupId) {
        return groups.findByIdAndDistrictCode(groupId, districtCode)
                .orElseThrow(() -> new NotFoundException("group " + groupId));
    }
}
