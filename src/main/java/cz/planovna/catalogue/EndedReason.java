package cz.planovna.catalogue;

/** Why a service counts as ended. */
public enum EndedReason {
    /** The register's {@code datumPoskytovaniDo} is in the past. */
    END_DATE_PASSED,
    /** The service was in an earlier register file and is missing from the latest one. */
    NOT_IN_REGISTER
}
