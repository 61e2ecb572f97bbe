package cz.planovna.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one register import. Counts of services ({@code newServices}, …) are distinct
 * services; {@code districts} lists the diff per ORP. When {@code status} is not APPLIED nothing in
 * the catalogue changed and {@code refusalReason} says why; {@code refusalDetail} adds technical
 * detail (a parser message, a file name) and {@code refusalLine}/{@code refusalColumn} where in the
 * file reading stopped, when known.
 */
public record ImportReport(
        long runId,
        String fileName,
        ImportStatus status,
        ImportPhase phase,
        RefusalReason refusalReason,
        String refusalDetail,
        Integer refusalLine,
        Integer refusalColumn,
        Instant startedAt,
        Instant finishedAt,
        int recordsInFile,
        int recordsProcessed,
        int recordsAccepted,
        int recordsRejected,
        int recordsUnchanged,
        int newServices,
        int changedServices,
        int endedServices,
        List<RecordIssue> issues,
        List<DistrictDiff> districts) {

    public boolean applied() {
        return status == ImportStatus.APPLIED;
    }

    public List<RecordIssue> rejections() {
        return issues.stream().filter(RecordIssue::rejected).toList();
    }

    public List<RecordIssue> warnings() {
        return issues.stream().filter(i -> !i.rejected()).toList();
    }

    public DistrictDiff district(int code) {
        return districts.stream()
                .filter(d -> d.districtCode() == code)
                .findFirst()
                .orElse(new DistrictDiff(code, null, List.of(), List.of(), List.of()));
    }
}
