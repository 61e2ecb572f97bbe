package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of events: the organiser's pages, the public pages and the iCal feed. */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    static final int PAGE_SIZE = 20;

    private final PlanningEventRepository events;
    private final EventRegistrationRepository registrations;
    private final OrpAccess access;
    private final Mailer mailer;
    private final Clock clock;

    EventQueries(
            PlanningEventRepository events,
            EventRegistrationRepository registrations,
            OrpAccess access,
            Mailer mailer,
            ObjectProvider<Clock> clock) {
        this.events = events;
        this.registrations = registrations;
        this.access = access;
        this.mailer = mailer;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** The events this ORP organises, newest first; for those who see its internal pages. */
    public Page<EventView> organised(int districtCode, int page) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        Sort newest = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("startsAt"), Sort.Order.desc("id"));
        return views(events.findByDistrictCode(districtCode, PageRequest.of(Math.max(page, 0), PAGE_SIZE, newest)));
    }

    public EventView event(int districtCode, long eventId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return view(find(districtCode, eventId));
    }

    /** Everyone registered, also those who cancelled (shown as such); with contacts, so internal. */
    public List<RegistrationView> registrations(int districtCode, long eventId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        find(districtCode, eventId);
        return registrations.findByEventIdOrderByRegisteredAtAsc(eventId).stream()
                .map(EventRegistration::toView)
                .toList();
    }

    public List<EventView> upcoming(int districtCode) {
        access.info(districtCode);
        return events.publishedFrom(districtCode, today()).stream()
                .map(this::view)
                .toList();
    }

    public Page<EventView> past(int districtCode, int page) {
        access.info(districtCode);
        return views(events.publishedBefore(districtCode, today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    }

    /** A published event shown on this ORP's page (as organiser or partner); anything else is not found. */
    public EventView publicEvent(int districtCode, long eventId) {
        access.info(districtCode);
        return view(events.findById(eventId)
                .filter(e -> e.published() && e.organisedBy(districtCode))
                .orElseThrow(() -> new NotFoundException("event " + eventId)));
    }

    public boolean acceptsRegistration(EventView event) {
        return event.published()
                && event.registrationOpen()
                && !event.full()
                && !event.date().isBefore(today());
    }

    /** Upcoming events and those of the last year, for calendar apps that subscribe to the ORP. */
    public byte[] feed(int districtCode) {
        OrpInfo orp = access.info(districtCode);
        List<CalendarEntry> entries = events.publishedFrom(districtCode, today().minusYears(1)).stream()
                .map(e -> e.toCalendar(mailer.link(EventUrls.publicEvent(districtCode, e.id()))))
                .toList();
        return MeetingCalendar.feed(entries, clock.instant(), "ORP " + orp.name());
    }

    public OrpInfo orp(int districtCode) {
        return access.info(districtCode);
    }

    /** Views of a list of events with their registrations counted in one query. */
    List<EventView> views(List<PlanningEvent> list) {
        java.util.Map<Long, Long> counts =
                registrations.activeCounts(list.stream().map(PlanningEvent::id).toList());
        return list.stream().map(e -> e.toView(counts.getOrDefault(e.id(), 0L))).toList();
    }

    private Page<EventView> views(Page<PlanningEvent> page) {
        List<EventView> content = views(page.getContent());
        return new org.springframework.data.domain.PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    private EventView view(PlanningEvent event) {
        return event.toView(registrations.countByEventIdAndCancelledAtIsNull(event.id()));
    }

    private PlanningEvent find(int districtCode, long eventId) {
        return events.findByIdAndDistrictCode(eventId, districtCode)
                .orElseThrow(() -> new NotFoundException("event " + eventId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
