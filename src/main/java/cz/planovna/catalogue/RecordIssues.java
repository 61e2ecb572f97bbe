package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The issues of one register record; texts longer than their column are shortened with a warning. */
final class RecordIssues {
    private final int position;
    private final String identifier;
    private final List<RecordIssue> list = new ArrayList<>();

    RecordIssues(int position, String identifier) {
        this.position = position;
        this.identifier = identifier;
    }

    void reject(IssueReason reason, String detail) {
        list.add(RecordIssue.rejected(position, identifier, reason, detail));
    }

    void warn(IssueReason reason, String detail) {
        list.add(RecordIssue.warning(position, identifier, reason, detail));
    }

    boolean anyRejected() {
        return list.stream().anyMatch(RecordIssue::rejected);
    }

    String limit(String text, int max, String field) {
        if (text == null || text.length() <= max) {
            return text;
        }
        warn(IssueReason.INVALID_VALUE, field + " > " + max);
        return text.substring(0, max);
    }

    List<RecordIssue> all() {
        return List.copyOf(list);
    }

    MappedRecord rejected() {
        return new MappedRecord(position, identifier, null, null, List.copyOf(list));
    }
}
