package cz.planovna.analysis;

import java.time.LocalDate;

/** What is written about an interview; {@code groupName} is filled by the service from {@code groupId}. */
record InterviewContent(
        InterviewKind kind,
        LocalDate heldOn,
        String topic,
        String participants,
        int participantCount,
        Long groupId,
        String groupName,
        String summary) {}
