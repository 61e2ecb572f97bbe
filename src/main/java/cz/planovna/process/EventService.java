package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.process.EventForms.EventForm;
import cz.planovna.process.EventForms.RegistrationForm;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to events (the organiser's coordinators, {@code EDIT_PLANNING}) and registrations (anyone,
 * no account). A registration locks the event row, so two people never take the last place.
 */
@Service
@Transactional
class EventService {

    private final PlanningEventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventMails mails;
    private final OrpAccess access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EventService(
            PlanningEventRepository events,
            EventRegistrationRepository registrations,
            EventMails mails,
            OrpAccess access,
            ObjectProvider<Clock> clock) {
        this.events = events;
        this.registrations = registrations;
        this.mails = mails;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long create(int districtCode, EventForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        EventDetails details = form.toDetails(checkedPartners(form));
        // a double-submitted form (or a second click) must not create the event twice
        if (events.existsByDistrictCodeAndTitleAndDate(
                districtCode, details.title().strip(), details.date())) {
            throw new FormRejectedException("title", "process.validation.event.duplicate");
        }
        return events.save(new PlanningEvent(orp, details, clock.instant())).id();
    }

    void update(int districtCode, long eventId, EventForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        PlanningEvent event = find(districtCode, eventId);
        if (event.version() != form.version()) {
            throw new StaleEditException(
                    event.title(), form.title(), event.title(), EventUrls.event(districtCode, eventId), false);
        }
        event.change(form.toDetails(checkedPartners(form)));
    }

    void removeRegistration(int districtCode, long eventId, long registrationId) {
        access.check(districtCode, Action.EDIT_PLANNING);
        find(districtCode, eventId);
        EventRegistration registration = registrations
                .findById(registrationId)
                .filter(r -> r.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        registration.cancel(clock.instant());
    }

    /**
     * Registers someone for a published event shown on this ORP's page. Registering again with the
     * same address answers the same (and mails a fresh confirmation), so the page reveals nothing.
     */
    void register(int districtCode, long eventId, RegistrationForm form) {
        PlanningEvent event = events.lockById(eventId)
                .filter(e -> e.published() && e.organisedBy(districtCode))
                .orElseThrow(() -> new NotFoundException("event " + eventId));
        String token = newToken();
        String hash = SubscriptionLinks.hash(token);
        Optional<EventRegistration> existing =
                registrations.findByEventIdAndEmailNormalized(eventId, EventRegistration.normalize(form.email()));
        if (existing.isPresent() && existing.get().active()) {
            existing.get().renew(form.fullName(), form.organisation(), hash, clock.instant());
        } else {
            long registered = registrations.countByEventIdAndCancelledAtIsNull(eventId);
            if (!event.acceptsRegistration(registered, today())) {
                throw new FormRejectedException(
                        null,
                        event.toView(registered).full()
                                ? "process.validation.registration.full"
                                : "process.validation.registration.closed");
            }
            if (existing.isPresent()) {
                existing.get().renew(form.fullName(), form.organisation(), hash, clock.instant());
            } else {
                registrations.save(new EventRegistration(
                        eventId,
                        form.fullName(),
                        form.organisation(),
                        form.email().strip(),
                        hash,
                        clock.instant()));
            }
        }
        mails.sendConfirmation(event, districtCode, form.email().strip(), form.fullName(), token);
    }

    /** Cancels the registration the e-mailed link belongs to; returns the event's title. */
    String cancelByToken(String token) {
        EventRegistration registration = registrations
                .findByCancelTokenHash(SubscriptionLinks.hash(token))
                .filter(EventRegistration::active)
                .orElseThrow(() -> new NotFoundException("registration link"));
        registration.cancel(clock.instant());
        return events.findById(registration.eventId()).orElseThrow().title();
    }

    private Set<Integer> checkedPartners(EventForm form) {
        Set<Integer> codes = form.partnerCodes();
        for (int code : codes) {
            if (access.orpIfKnown(code).isEmpty()) {
                throw new FormRejectedException("partners", "process.validation.event.partners.unknown");
            }
        }
        return codes;
    }

    private PlanningEvent find(int districtCode, long eventId) {
        return events.findByIdAndDistrictCode(eventId, districtCode)
                .orElseThrow(() -> new NotFoundException("event " + eventId));
    }

    private String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
