package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One membership of a person in a group, from the day they joined until the day they left. Members
 * need no account: many of them never sign in.
 */
@Entity
@Table(name = "group_member")
class GroupMember {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PlanningGroup group;

    @Column(name = "full_name")
    private String fullName;

    private String organisation;

    private String email;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(name = "publish_consent")
    private boolean publishConsent;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "wants_digest")
    private boolean wantsDigest;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    protected GroupMember() {}

    GroupMember(PlanningGroup group, MemberDetails details, LocalDate today) {
        this.group = Objects.requireNonNull(group, "group");
        this.fullName = Texts.required(details.fullName(), NAME_MAX, "fullName");
        this.organisation = Texts.optional(details.organisation(), NAME_MAX, "organisation");
        this.email = Texts.optional(details.email(), EMAIL_MAX, "email");
        this.role = Objects.requireNonNull(details.role(), "role");
        this.sector = Objects.requireNonNull(details.sector(), "sector");
        this.publishConsent = details.publishConsent();
        this.joinedOn = details.joinedOn() == null ? today : details.joinedOn();
        if (joinedOn.isAfter(today)) {
            throw new IllegalArgumentException("joins in the future: " + joinedOn);
        }
    }

    void leave(LocalDate today) {
        if (leftOn != null) {
            throw new IllegalStateException("member " + id + " left already");
        }
        // joinedOn is never in the future, so today keeps the history in order
        this.leftOn = today.isBefore(joinedOn) ? joinedOn : today;
    }

    void wantDigest(boolean wants) {
        this.wantsDigest = wants;
    }

    /** Due when the member wants it, has an address, and got none since {@code weekStart}. */
    boolean digestDue(LocalDate weekStart) {
        return wantsDigest && current() && email != null && (lastDigestOn == null || lastDigestOn.isBefore(weekStart));
    }

    void digestSent(LocalDate today) {
        this.lastDigestOn = today;
    }

    PlanningGroup group() {
        return group;
    }

    boolean current() {
        return leftOn == null;
    }

    Long id() {
        return id;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    MemberView toView() {
        return new MemberView(
                id, fullName, organisation, email, role, sector, publishConsent, joinedOn, leftOn, wantsDigest);
    }

    /** Without consent, the public learns only that someone holds the role for the sector. */
    PublicMember toPublic() {
        return publishConsent
                ? new PublicMember(fullName, organisation, role, sector)
                : new PublicMember(null, null, role, sector);
    }
}
