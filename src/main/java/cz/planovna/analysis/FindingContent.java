package cz.planovna.analysis;

/** What is written about a finding. {@code interviewId} only with the source INTERVIEW. */
record FindingContent(
        String statement,
        String targetGroup,
        FindingSource sourceKind,
        Long interviewId,
        String sourceNote,
        Importance importance,
        FindingStatus status) {}
