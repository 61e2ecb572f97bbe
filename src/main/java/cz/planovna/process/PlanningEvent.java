package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A public event of an ORP's planning — seminar, workshop, public meeting — organised by one ORP,
 * possibly together with neighbouring ORPs, with an optional registration up to a capacity.
 */
@Entity
@Table(name = "planning_event")
class PlanningEvent {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int CAPACITY_MAX = 10_000;
    static final int PARTNERS_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String title;

    private String description;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String place;

    @Column(name = "online_url")
    private String onlineUrl;

    private Integer capacity;

    @Column(name = "registration_open")
    private boolean registrationOpen;

    private boolean published;

    @Column(name = "ical_sequence")
    private int icalSequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "planning_event_partner", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "district_code")
    private Set<Integer> partners = new HashSet<>();

    @Version
    private long version;

    protected PlanningEvent() {}

    PlanningEvent(TerritoryRef organiser, EventDetails details, Instant now) {
        if (!organiser.isDistrict()) {
            throw new IllegalArgumentException("an event is organised by an ORP: " + organiser);
        }
        this.districtCode = organiser.code();
        this.regionCode = organiser.regionCode();
        this.createdAt = Objects.requireNonNull(now, "now");
        change(details);
    }

    void change(EventDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new IllegalArgumentException("ends before it starts");
        }
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > CAPACITY_MAX)) {
            throw new IllegalArgumentException("capacity " + details.capacity());
        }
        boolean moved = date != null
                && (!details.date().equals(date)
                        || !details.startsAt().equals(startsAt)
                        || !details.endsAt().equals(endsAt)
                        || !Objects.equals(Texts.optional(details.place(), Meeting.PLACE_MAX, "place"), place));
        this.kind = Objects.requireNonNull(details.kind(), "kind");
        this.title = Texts.required(details.title(), TITLE_MAX, "title");
        this.description = Texts.optional(details.description(), DESCRIPTION_MAX, "description");
        this.date = Objects.requireNonNull(details.date(), "date");
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = Texts.optional(details.place(), Meeting.PLACE_MAX, "place");
        this.onlineUrl = Texts.optional(details.onlineUrl(), Meeting.URL_MAX, "onlineUrl");
        if (place == null && onlineUrl == null) {
            throw new IllegalArgumentException("an event needs a place or an online link");
        }
        this.capacity = details.capacity();
        this.registrationOpen = details.registrationOpen();
        this.published = details.published();
        Set<Integer> others = new HashSet<>(details.partners());
        others.remove(districtCode);
        if (others.size() > PARTNERS_MAX) {
            throw new IllegalArgumentException("too many partners");
        }
        this.partners.clear();
        this.partners.addAll(others);
        if (moved) {
            icalSequence++;
        }
    }

    /** May one more person register, given how many are registered now? */
    boolean acceptsRegistration(long registered, LocalDate today) {
        return published && registrationOpen && !date.isBefore(today) && (capacity == null || registered < capacity);
    }

    boolean organisedBy(int code) {
        return districtCode == code || partners.contains(code);
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    boolean published() {
        return published;
    }

    long version() {
        return version;
    }

    Set<Integer> partners() {
        return Set.copyOf(partners);
    }

    CalendarEntry toCalendar(String url) {
        return new CalendarEntry(
                "event-" + id + "@planovna.cz",
                icalSequence,
                title,
                description,
                date,
                startsAt,
                endsAt,
                place != null ? place : onlineUrl,
                url,
                false);
    }

    EventView toView(long registered) {
        return new EventView(
                id,
                districtCode,
                kind,
                title,
                description,
                date,
                startsAt,
                endsAt,
                place,
                onlineUrl,
                capacity,
                registrationOpen,
                published,
                registered,
                partners(),
                version);
    }
}
