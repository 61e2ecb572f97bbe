package cz.planovna.process;

import java.util.List;

/** What needs the coordinator's attention in one ORP, in the order they usually act on it. */
public record CoordinatorDashboard(
        List<MeetingSummary> upcomingMeetings,
        List<TaskView> overdueTasks,
        List<MeetingSummary> minutesPending,
        long newSubscribers,
        List<EventView> upcomingEvents) {

    public boolean empty() {
        return upcomingMeetings.isEmpty()
                && overdueTasks.isEmpty()
                && minutesPending.isEmpty()
                && newSubscribers == 0
                && upcomingEvents.isEmpty();
    }
}
