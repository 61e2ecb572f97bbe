package cz.planovna.analysis;

import java.time.Instant;
import java.time.LocalDate;

/** An interview, focus group or workshop as pages show it. */
public record InterviewView(
        long id,
        InterviewKind kind,
        LocalDate heldOn,
        String topic,
        String participants,
        int participantCount,
        Long groupId,
        String groupName,
        String summary,
        Instant updatedAt,
        long version) {}
