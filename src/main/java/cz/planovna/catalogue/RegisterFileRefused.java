package cz.planovna.catalogue;

import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * The register file (or a code list beside it) cannot be used at all; nothing is written. May carry
 * the issues found in single records before the file was given up (e.g. every record rejected).
 */
class RegisterFileRefused extends Exception {

    private final RefusalReason reason;
    private final String detail;
    private final List<RecordIssue> issues;
    private final Integer line;
    private final Integer column;

    RegisterFileRefused(RefusalReason reason, String detail) {
        this(reason, detail, List.of());
    }

    RegisterFileRefused(RefusalReason reason, String detail, List<RecordIssue> issues) {
        this(reason, detail, issues, null, null);
    }

    /** @param location where reading stopped; ignored when unknown */
    RegisterFileRefused(RefusalReason reason, String detail, TokenStreamLocation location) {
        this(
                reason,
                detail,
                List.of(),
                known(location) ? location.getLineNr() : null,
                known(location) ? location.getColumnNr() : null);
    }

    private RegisterFileRefused(
            RefusalReason reason, String detail, List<RecordIssue> issues, Integer line, Integer column) {
        super(reason + (detail == null ? "" : ": " + detail) + (line == null ? "" : " (" + line + ":" + column + ")"));
        this.reason = reason;
        this.detail = detail;
        this.issues = List.copyOf(issues);
        this.line = line;
        this.column = column;
    }

    private static boolean known(TokenStreamLocation location) {
        return location != null && location.getLineNr() > 0;
    }

    /** Line of the file where reading stopped, or null. */
    Integer line() {
        return line;
    }

    Integer column() {
        return column;
    }

    List<RecordIssue> issues() {
        return issues;
    }

    RefusalReason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
