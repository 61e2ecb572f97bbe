package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address that asked for a working group's invitations. It needs no account; the
 * address proves itself by the confirmation link (double opt-in). Unsubscribing deletes the row:
 * nothing about a former subscriber is kept except the masked audit entry.
 */
@Entity
@Table(name = "group_subscription")
class GroupSubscription {

    static final int EMAIL_MAX = 254;

    /** Re-sending the confirmation e-mail: at most once in this time per address and group. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    /** How long a confirmation link works after it was sent. */
    static final Duration CONFIRM_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String email;

    @Enumerated(EnumType.STRING)
    private SubscriptionState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "confirm_token_hash")
    private String confirmTokenHash;

    @Column(name = "unsubscribe_token_hash")
    private String unsubscribeTokenHash;

    @Column(name = "consent_version")
    private String consentVersion;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Version
    private long version;

    protected GroupSubscription() {}

    GroupSubscription(
            PlanningGroup group,
            String email,
            String consentVersion,
            String confirmTokenHash,
            String unsubscribeTokenHash,
            Instant now) {
        this.groupId = Objects.requireNonNull(group.id(), "group id");
        this.districtCode = group.districtCode();
        this.regionCode = group.regionCode();
        this.email = normalize(email);
        this.state = SubscriptionState.PENDING;
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.unsubscribeTokenHash = Objects.requireNonNull(unsubscribeTokenHash, "unsubscribe token");
        resend(consentVersion, confirmTokenHash, now);
    }

    /** Trimmed and lower case: one address is one subscriber however it was typed. */
    static String normalize(String email) {
        String text = Texts.required(email, EMAIL_MAX, "email");
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether another confirmation e-mail may go out now (rate limit). */
    boolean mayResend(Instant now) {
        return state == SubscriptionState.PENDING
                && !lastSentAt.plus(RESEND_AFTER).isAfter(now);
    }

    /** A new confirmation link (the old one stops working) and the consent given again. */
    void resend(String consentVersion, String confirmTokenHash, Instant now) {
        if (state != SubscriptionState.PENDING) {
            throw new IllegalStateException("subscription " + id + " is already confirmed");
        }
        this.confirmTokenHash = Objects.requireNonNull(confirmTokenHash, "confirm token");
        this.consentVersion = Objects.requireNonNull(consentVersion, "consent version");
        this.consentAt = now;
        this.lastSentAt = now;
    }

    boolean confirmable(Instant now) {
        return state == SubscriptionState.PENDING
                && lastSentAt.plus(CONFIRM_VALIDITY).isAfter(now);
    }

    void confirm(Instant now) {
        if (!confirmable(now)) {
            throw new IllegalStateException("subscription " + id + " cannot be confirmed");
        }
        this.state = SubscriptionState.CONFIRMED;
        this.confirmedAt = now;
        this.confirmTokenHash = null;
    }

    Long id() {
        return id;
    }

    long groupId() {
        return groupId;
    }

    int districtCode() {
        return districtCode;
    }

    int regionCode() {
        return regionCode;
    }

    String email() {
        return email;
    }

    SubscriptionState state() {
        return state;
    }

    /** Stored to the millisecond, so the unsubscribe link computed from it stays the same. */
    Instant createdAt() {
        return createdAt;
    }

    Instant lastSentAt() {
        return lastSentAt;
    }

    long version() {
        return version;
    }

    SubscriberView toView() {
        return new SubscriberView(id, email, state, createdAt, confirmedAt, version);
    }

    SubscriptionExport.Entry toExport(String groupName) {
        return new SubscriptionExport.Entry(groupName, email, state, createdAt, confirmedAt, consentVersion, consentAt);
    }
}
