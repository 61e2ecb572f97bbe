package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings and events as iCalendar (RFC 5545) that mail and calendar clients understand. Times are
 * written in UTC, converted from Prague time: unambiguous without shipping a VTIMEZONE. A UID stays
 * the same for the life of an entry and SEQUENCE grows with every change of time or place, so a
 * second invitation or a cancellation updates the calendar entry instead of adding one.
 */
final class MeetingCalendar {

    static final String CONTENT_TYPE_PUBLISH = "text/calendar; charset=UTF-8; method=PUBLISH";
    static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";

    private MeetingCalendar() {}

    static String uid(Meeting meeting) {
        return "meeting-" + meeting.id() + "@planovna.cz";
    }

    static CalendarEntry entry(Meeting meeting, String summary, String description) {
        return new CalendarEntry(
                uid(meeting),
                meeting.icalSequence(),
                summary,
                description,
                meeting.date(),
                meeting.startsAt(),
                meeting.endsAt(),
                meeting.place() != null ? meeting.place() : meeting.onlineUrl(),
                null,
                meeting.cancelled());
    }

    /** One entry to add (or, when cancelled, to remove) as a mail attachment. */
    static byte[] single(CalendarEntry entry, Instant now) {
        return write(List.of(entry), now, entry.cancelled(), null);
    }

    /** A subscribable feed, e.g. the events of an ORP. */
    static byte[] feed(List<CalendarEntry> entries, Instant now, String name) {
        return write(entries, now, false, name);
    }

    private static byte[] write(List<CalendarEntry> entries, Instant now, boolean cancel, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Planovna//Planovani socialnich sluzeb//CS"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, now));
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(CalendarEntry entry, Instant now) {
        Instant start = ZonedDateTime.of(entry.date(), entry.startsAt(), CzechFormats.PRAGUE)
                .toInstant();
        Instant end = ZonedDateTime.of(entry.date(), entry.endsAt(), CzechFormats.PRAGUE)
                .toInstant();
        VEvent event = new VEvent(start, end, entry.summary());
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
