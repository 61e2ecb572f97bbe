package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steering group or a working group of an ORP with its members, past and present. Members
 * change only through the group so that its version guards the member list too.
 */
@Entity
@Table(name = "planning_group")
class PlanningGroup {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    private String name;

    private String area;

    private String description;

    @Column(name = "open_for_subscription")
    private boolean openForSubscription;

    /** Also bumped when only the member list changes, so the version increments (see touch). */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL)
    @OrderBy("id ASC")
    private List<GroupMember> members = new ArrayList<>();

    @Version
    private long version;

    protected PlanningGroup() {}

    PlanningGroup(TerritoryRef orp, GroupKind kind, GroupDetails details, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a group belongs to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.kind = Objects.requireNonNull(kind, "kind");
        change(details, now);
    }

    void change(GroupDetails details, Instant now) {
        this.name = Texts.required(details.name(), NAME_MAX, "name");
        this.area = Texts.optional(details.area(), NAME_MAX, "area");
        this.description = Texts.optional(details.description(), DESCRIPTION_MAX, "description");
        // the steering group decides; only working groups take subscribers
        this.openForSubscription = kind == GroupKind.WORKING && details.openForSubscription();
        touch(now);
    }

    GroupMember addMember(MemberDetails details, LocalDate today, Instant now) {
        GroupMember member = new GroupMember(this, details, today);
        members.add(member);
        touch(now);
        return member;
    }

    /** Ends a membership; the record stays for the history. */
    void removeMember(long memberId, LocalDate today, Instant now) {
        GroupMember member = members.stream()
                .filter(m -> m.id() != null && m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member " + memberId + " in group " + id));
        member.leave(today);
        touch(now);
    }

    /** Whether a current member gets the weekly digest; only someone with an e-mail can. */
    void setDigest(long memberId, boolean wants, Instant now) {
        GroupMember member = currentMembers().stream()
                .filter(m -> m.id() != null && m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no current member " + memberId + " in group " + id));
        if (wants && member.toView().email() == null) {
            throw new IllegalStateException("member " + memberId + " has no e-mail");
        }
        member.wantDigest(wants);
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    int regionCode() {
        return regionCode;
    }

    GroupKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    boolean openForSubscription() {
        return openForSubscription;
    }

    SubscriptionGroup toSubscriptionGroup(OrpInfo orp) {
        return new SubscriptionGroup(orp, id, name, area, description);
    }

    long version() {
        return version;
    }

    List<GroupMember> members() {
        return List.copyOf(members);
    }

    List<GroupMember> currentMembers() {
        return members.stream().filter(GroupMember::current).toList();
    }

    GroupSummary toSummary() {
        return new GroupSummary(
                id, kind, name, area, openForSubscription, currentMembers().size());
    }

    GroupDetail toDetail() {
        return new GroupDetail(
                id,
                kind,
                name,
                area,
                description,
                openForSubscription,
                currentMembers().stream().map(GroupMember::toView).toList(),
                members.stream()
                        .filter(m -> !m.current())
                        .map(GroupMember::toView)
                        .toList(),
                version);
    }

    PublicGroup toPublic() {
        return new PublicGroup(
                id,
                kind,
                name,
                area,
                description,
                openForSubscription,
                currentMembers().stream().map(GroupMember::toPublic).toList());
    }
}
