package cz.planovna.analysis;

import java.time.Instant;

/**
 * A finding as pages and other modules show it. {@code label} is its citable number (Z-003);
 * {@code targetGroupName} the label of the catalogue's code; {@code interviewTopic} set when it
 * comes from a recorded interview.
 */
public record FindingView(
        long id,
        int districtCode,
        int number,
        String label,
        String statement,
        String targetGroup,
        String targetGroupName,
        FindingSource sourceKind,
        Long interviewId,
        String interviewTopic,
        String sourceNote,
        Importance importance,
        FindingStatus status,
        Instant updatedAt,
        long version) {}
