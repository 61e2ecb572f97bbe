package cz.planovna.analysis;

import java.util.List;

/**
 * What an import of a population file did. {@code applied} is false when the file was refused as a
 * whole ({@code fileError}) or any row was rejected: then nothing was stored.
 */
public record ImportResult(
        String fileName,
        boolean applied,
        Rejection fileError,
        int figures,
        int inserted,
        int updated,
        int unchanged,
        int removed,
        int totalsSkipped,
        int rejectedCount,
        List<Rejection> rejections) {

    /** At most this many rejected rows are listed; the count says how many there were. */
    public static final int MAX_LISTED = 200;

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    public boolean changedNothing() {
        return applied && inserted == 0 && updated == 0 && removed == 0;
    }

    public boolean moreRejectedThanListed() {
        return rejectedCount > rejections.size();
    }
}
