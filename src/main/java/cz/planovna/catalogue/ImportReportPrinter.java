package cz.planovna.catalogue;

import java.util.List;

/** The import report as readable text for the command line (and logs). */
final class ImportReportPrinter {

    /** Services listed per ORP and kind of change; the rest is summed up in one line. */
    static final int LISTED_PER_CHANGE = 10;

    private static final String INDENT = "  ";

    private final CatalogueTexts texts;

    ImportReportPrinter(CatalogueTexts texts) {
        this.texts = texts;
    }

    String print(ImportReport report) {
        StringBuilder out = new StringBuilder();
        line(out, texts.get("catalogue.import.title", String.valueOf(report.runId())));
        line(out, texts.get("catalogue.import.file", report.fileName()));
        line(out, texts.get("catalogue.import.status." + report.status().name()));
        if (report.refusalReason() != null) {
            line(out, texts.get("catalogue.import.reason", texts.get("catalogue.refusal." + report.refusalReason())));
            if (report.refusalLine() != null) {
                line(out, texts.get("catalogue.import.location", report.refusalLine(), report.refusalColumn()));
            }
            if (report.refusalDetail() != null) {
                line(out, texts.get("catalogue.import.detail", report.refusalDetail()));
            }
        }
        if (report.applied()) {
            line(
                    out,
                    texts.get(
                            "catalogue.import.counts",
                            report.recordsInFile(),
                            report.recordsProcessed(),
                            report.recordsAccepted(),
                            report.recordsRejected(),
                            report.recordsUnchanged()));
            line(
                    out,
                    texts.get(
                            "catalogue.import.services",
                            report.newServices(),
                            report.changedServices(),
                            report.endedServices()));
            districts(out, report.districts());
        }
        issues(out, "catalogue.import.rejected", report.rejections());
        issues(out, "catalogue.import.warnings", report.warnings());
        return out.toString();
    }

    private void districts(StringBuilder out, List<DistrictDiff> districts) {
        if (districts.isEmpty()) {
            line(out, texts.get("catalogue.import.noChanges"));
            return;
        }
        line(out, texts.get("catalogue.import.districts"));
        for (DistrictDiff d : districts) {
            line(
                    out,
                    INDENT
                            + texts.get(
                                    "catalogue.import.district",
                                    d.districtName(),
                                    String.valueOf(d.districtCode()),
                                    d.added().size(),
                                    d.changed().size(),
                                    d.ended().size()));
            changes(out, ChangeType.NEW, d.added());
            changes(out, ChangeType.CHANGED, d.changed());
            changes(out, ChangeType.ENDED, d.ended());
        }
    }

    private void changes(StringBuilder out, ChangeType type, List<ServiceChange> changes) {
        changes.stream()
                .limit(LISTED_PER_CHANGE)
                .forEach(c -> line(
                        out,
                        INDENT
                                + INDENT
                                + texts.get("catalogue.import.change." + type, c.identifier(), c.serviceName())));
        if (changes.size() > LISTED_PER_CHANGE) {
            line(out, INDENT + INDENT + texts.get("catalogue.import.more", changes.size() - LISTED_PER_CHANGE));
        }
    }

    private void issues(StringBuilder out, String titleKey, List<RecordIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        line(out, texts.get(titleKey, issues.size()));
        for (RecordIssue issue : issues) {
            String reason = texts.get("catalogue.issue." + issue.reason());
            String detail = issue.detail() == null ? "" : issue.detail();
            if (issue.position() == null) {
                line(out, INDENT + texts.get("catalogue.import.issue.codeList", reason, detail));
            } else {
                String identifier =
                        issue.identifier() == null ? texts.get("catalogue.import.noIdentifier") : issue.identifier();
                line(out, INDENT + texts.get("catalogue.import.issue", issue.position(), identifier, reason, detail));
            }
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
