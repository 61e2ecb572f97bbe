package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Someone registered for an event, without an account; the e-mailed link cancels it. */
@Entity
@Table(name = "event_registration")
class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "full_name")
    private String fullName;

    private String organisation;

    private String email;

    @Column(name = "email_normalized")
    private String emailNormalized;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "cancel_token_hash")
    private String cancelTokenHash;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected EventRegistration() {}

    EventRegistration(
            long eventId, String fullName, String organisation, String email, String cancelTokenHash, Instant now) {
        this.eventId = eventId;
        this.fullName = Texts.required(fullName, GroupMember.NAME_MAX, "fullName");
        this.organisation = Texts.optional(organisation, GroupMember.NAME_MAX, "organisation");
        this.email = Texts.required(email, GroupMember.EMAIL_MAX, "email");
        this.emailNormalized = normalize(email);
        this.cancelTokenHash = Objects.requireNonNull(cancelTokenHash, "cancelTokenHash");
        this.registeredAt = Objects.requireNonNull(now, "now");
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }

    /**
     * Registering again with the same address: a new cancel link (only the newest works); a
     * cancelled registration becomes valid again and joins the end of the list.
     */
    void renew(String fullName, String organisation, String cancelTokenHash, Instant now) {
        this.fullName = Texts.required(fullName, GroupMember.NAME_MAX, "fullName");
        this.organisation = Texts.optional(organisation, GroupMember.NAME_MAX, "organisation");
        this.cancelTokenHash = cancelTokenHash;
        if (cancelledAt != null) {
            this.registeredAt = now;
            this.cancelledAt = null;
        }
    }

    boolean active() {
        return cancelledAt == null;
    }

    long eventId() {
        return eventId;
    }

    RegistrationView toView() {
        return new RegistrationView(id, fullName, organisation, email, registeredAt, cancelledAt);
    }
}
