package cz.planovna.catalogue;

/**
 * A rejected or suspicious record. {@code position} is 1-based in the file's {@code polozky} (null
 * for issues of a code list); {@code detail} names the offending value, e.g. {@code
 * DruhSocialniSluzby/99}.
 */
public record RecordIssue(
        Integer position, String identifier, IssueSeverity severity, IssueReason reason, String detail) {

    static RecordIssue rejected(int position, String identifier, IssueReason reason, String detail) {
        return new RecordIssue(position, identifier, IssueSeverity.REJECTED, reason, detail);
    }

    static RecordIssue warning(Integer position, String identifier, IssueReason reason, String detail) {
        return new RecordIssue(position, identifier, IssueSeverity.WARNING, reason, detail);
    }

    public boolean rejected() {
        return severity == IssueSeverity.REJECTED;
    }
}
