package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A meeting as an iCalendar file (RFC 5545) that mail clients add to the calendar. Times are
 * written in UTC, converted from Prague time: unambiguous without shipping a VTIMEZONE. The UID
 * stays the same for the life of the meeting and SEQUENCE grows with every change of time or
 * place, so a second invitation or a cancellation updates the entry instead of adding one.
 */
final class MeetingCalendar {

    static final String CONTENT_TYPE_PUBLISH = "text/calendar; charset=UTF-8; method=PUBLISH";
    static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";

    private MeetingCalendar() {}

    static String uid(Meeting meeting) {
        return "meeting-" + meeting.id() + "@planovna.cz";
    }

    static byte[] invitation(Meeting meeting, String summary, String description, String link, Instant now) {
        return calendar(meeting, summary, description, link, now, false);
    }

    static byte[] cancellation(Meeting meeting, String summary, String description, String link, Instant now) {
        return calendar(meeting, summary, description, link, now, true);
    }

    private static byte[] calendar(
            Meeting meeting, String summary, String description, String link, Instant now, boolean cancel) {
        Instant start = ZonedDateTime.of(meeting.date(), meeting.startsAt(), CzechFormats.PRAGUE)
                .toInstant();
        Instant end = ZonedDateTime.of(meeting.date(), meeting.endsAt(), CzechFormats.PRAGUE)
                .toInstant();
        VEvent event = new VEvent(start, end, summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(meeting)));
        event.add(new Sequence(meeting.icalSequence()));
        event.add(new Description(description));
        String where = meeting.place() != null ? meeting.place() : meeting.onlineUrl();
        event.add(new Location(where));
        if (link != null) {
            event.add(new Url(URI.create(link)));
        }
        if (cancel) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        } else {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Planovna//Planovani socialnich sluzeb//CS"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
