package cz.planovna.process;

import java.time.Instant;
import java.util.List;

/**
 * Published minutes for everyone: members named only with their consent, otherwise by role and
 * sector; guests only counted; contacts never shown.
 */
public record PublicMinutes(
        OrpInfo orp,
        MeetingSummary meeting,
        String minutesSummary,
        List<AgendaItemView> agenda,
        List<String> present,
        List<String> excused,
        int guests,
        List<AttachmentView> attachments,
        List<TaskView> tasks,
        Instant approvedAt,
        String approvedBy,
        Instant publishedAt) {}
