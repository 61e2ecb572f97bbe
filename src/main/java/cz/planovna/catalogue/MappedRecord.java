package cz.planovna.catalogue;

import java.util.List;

/**
 * One register item after mapping: either accepted ({@code service} and {@code provider} set, maybe
 * with warnings) or rejected (only issues, at least one of them REJECTED).
 */
record MappedRecord(
        int position,
        String identifier,
        RegisterData.Service service,
        RegisterData.Provider provider,
        List<RecordIssue> issues) {

    boolean accepted() {
        return service != null;
    }
}
