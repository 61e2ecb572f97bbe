package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A round (etapa) of the planning process of one ORP, e.g. "3. etapa 2018–2019": its period,
 * state, schedule and the grant project that pays for it. The aggregate root: milestones and key
 * activities change only through it, so one version guards them all.
 */
@Entity
@Table(name = "planning_round")
class PlanningRound {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String name;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private String description;

    @Enumerated(EnumType.STRING)
    private RoundState state;

    @ElementCollection
    @CollectionTable(name = "planning_milestone", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("dueOn ASC, title ASC")
    private List<Milestone> milestones = new ArrayList<>();

    @Embedded
    private GrantProject grantProject;

    @ElementCollection
    @CollectionTable(name = "grant_key_activity", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("code ASC")
    private List<KeyActivity> keyActivities = new ArrayList<>();

    @Column(name = "coordinator_name")
    private String coordinatorName;

    @Column(name = "coordinator_email")
    private String coordinatorEmail;

    @Column(name = "coordinator_phone")
    private String coordinatorPhone;

    @ElementCollection
    @CollectionTable(name = "round_team_member", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("ordinal ASC")
    private List<TeamMember> team = new ArrayList<>();

    @Version
    private long version;

    protected PlanningRound() {}

    PlanningRound(TerritoryRef orp, RoundDetails details) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a planning round belongs to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        change(details);
    }

    /** The name, period, state and the whole schedule, replaced at once as the form shows them. */
    void change(RoundDetails details) {
        Objects.requireNonNull(details.periodFrom(), "periodFrom");
        Objects.requireNonNull(details.periodTo(), "periodTo");
        if (details.periodTo().isBefore(details.periodFrom())) {
            throw new IllegalArgumentException("the round ends before it starts");
        }
        this.name = Texts.required(details.name(), NAME_MAX, "name");
        this.periodFrom = details.periodFrom();
        this.periodTo = details.periodTo();
        this.description = Texts.optional(details.description(), DESCRIPTION_MAX, "description");
        this.state = Objects.requireNonNull(details.state(), "state");
        milestones.clear();
        details.milestones().stream()
                .sorted(Comparator.comparing(Milestone::dueOn))
                .forEach(milestones::add);
    }

    /** Sets or replaces the grant project with its key activities (at most one of each KA). */
    void fund(GrantProject project, List<KeyActivity> activities) {
        Objects.requireNonNull(project, "project");
        var codes = new HashSet<String>();
        for (KeyActivity activity : activities) {
            if (!codes.add(activity.code())) {
                throw new IllegalArgumentException("key activity twice: " + activity.code());
            }
        }
        this.grantProject = project;
        keyActivities.clear();
        activities.stream().sorted(Comparator.comparing(KeyActivity::code)).forEach(keyActivities::add);
    }

    /** Who runs the round: the coordinator's contact (shown publicly) and the team in the order given. */
    void staff(String name, String email, String phone, List<TeamMemberView> members) {
        this.coordinatorName = Texts.optional(name, GroupMember.NAME_MAX, "coordinatorName");
        this.coordinatorEmail = Texts.optional(email, GroupMember.EMAIL_MAX, "coordinatorEmail");
        this.coordinatorPhone = Texts.optional(phone, 40, "coordinatorPhone");
        team.clear();
        for (int i = 0; i < members.size(); i++) {
            team.add(new TeamMember(
                    i + 1, members.get(i).fullName(), members.get(i).role()));
        }
    }

    RoundTeamView teamView() {
        return new RoundTeamView(
                coordinatorName,
                coordinatorEmail,
                coordinatorPhone,
                team.stream().map(TeamMember::toView).toList());
    }

    void removeGrantProject() {
        this.grantProject = null;
        keyActivities.clear();
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String name() {
        return name;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    RoundState state() {
        return state;
    }

    long version() {
        return version;
    }

    boolean hasGrantProject() {
        return grantProject != null;
    }

    List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    RoundSummary toSummary() {
        return new RoundSummary(id, name, periodFrom, periodTo, state, milestones.size(), hasGrantProject());
    }

    RoundDetail toDetail() {
        GrantProjectView project = grantProject == null
                ? null
                : grantProject.toView(
                        keyActivities.stream().map(KeyActivity::toView).toList());
        return new RoundDetail(
                id,
                name,
                periodFrom,
                periodTo,
                description,
                state,
                milestones.stream().map(Milestone::toView).toList(),
                project,
                teamView(),
                version);
    }
}
