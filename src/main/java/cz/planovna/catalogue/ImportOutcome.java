package cz.planovna.catalogue;

import java.util.List;

/** What the import transaction did; turned into the run's final row and the report. */
record ImportOutcome(
        int recordsTotal,
        int recordsProcessed,
        int recordsAccepted,
        int recordsRejected,
        int recordsUnchanged,
        int newServices,
        int changedServices,
        int endedServices,
        List<RecordIssue> issues) {}
