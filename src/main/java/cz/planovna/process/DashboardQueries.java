package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's dashboard: upcoming meetings, overdue tasks, pending minutes, new subscribers, events. */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    static final int MEETING_DAYS = 30;
    static final Duration NEW_SUBSCRIBERS = Duration.ofDays(14);

    private final MeetingRepository meetings;
    private final PlanningEventRepository events;
    private final EventQueries eventViews;
    private final GroupSubscriptionRepository subscriptions;
    private final OrpAccess access;
    private final Clock clock;

    DashboardQueries(
            MeetingRepository meetings,
            PlanningEventRepository events,
            EventQueries eventViews,
            GroupSubscriptionRepository subscriptions,
            OrpAccess access,
            ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.events = events;
        this.eventViews = eventViews;
        this.subscriptions = subscriptions;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    public CoordinatorDashboard dashboard(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        LocalDate today = LocalDate.now(clock);
        return new CoordinatorDashboard(
                meetings
                        .findByDistrictCodeAndDateBetweenAndCancelledFalseOrderByDateAscStartsAtAsc(
                                districtCode, today, today.plusDays(MEETING_DAYS))
                        .stream()
                        .map(Meeting::toSummary)
                        .toList(),
                meetings.overdueTasks(districtCode, today).stream()
                        .map(t -> t.toView(MemberNames.of(t.meeting()), today))
                        .toList(),
                meetings.minutesPending(districtCode, today).stream()
                        .map(Meeting::toSummary)
                        .toList(),
                subscriptions.countByDistrictCodeAndStateAndConfirmedAtAfter(
                        districtCode,
                        SubscriptionState.CONFIRMED,
                        clock.instant().minus(NEW_SUBSCRIBERS)),
                eventViews.views(events.findByDistrictCodeAndDateGreaterThanEqualOrderByDateAscStartsAtAsc(
                        districtCode, today)));
    }
}
