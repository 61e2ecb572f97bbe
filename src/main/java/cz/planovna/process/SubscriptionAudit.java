package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One removal or erasure of subscriptions; the address only hashed and masked. Never changed. */
@Entity
@Table(name = "subscription_audit")
class SubscriptionAudit {

    enum Action {
        UNSUBSCRIBED,
        REMOVED,
        ERASED;

        String messageKey() {
            return "process.subscription.audit." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    @Column(name = "group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "email_hash")
    private String emailHash;

    @Column(name = "email_masked")
    private String emailMasked;

    private int subscriptions;

    @Column(name = "happened_at")
    private Instant happenedAt;

    protected SubscriptionAudit() {}

    SubscriptionAudit(
            int districtCode,
            int regionCode,
            Long groupId,
            Action action,
            Long actorUserId,
            String actorName,
            String email,
            int subscriptions,
            Instant now) {
        this.districtCode = districtCode;
        this.regionCode = regionCode;
        this.groupId = groupId;
        this.action = action;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.emailHash = SubscriptionLinks.hash(email);
        this.emailMasked = mask(email);
        this.subscriptions = subscriptions;
        this.happenedAt = now;
    }

    /** {@code jana.novakova@example.cz} → {@code j***@example.cz}. */
    static String mask(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    Action action() {
        return action;
    }

    String emailHash() {
        return emailHash;
    }

    SubscriptionAuditView toView() {
        return new SubscriptionAuditView(happenedAt, action.messageKey(), actorName, emailMasked, subscriptions);
    }
}
