package cz.planovna.catalogue;

/** Why a register file was refused as a whole. */
public enum RefusalReason {
    FILE_MISSING,
    TOO_LARGE,
    NOT_UTF8,
    MALFORMED_JSON,
    TRUNCATED,
    NO_ITEMS_ARRAY,
    CONTENT_AFTER_END,
    NO_RECORDS,
    NO_VALID_RECORD,
    CODE_LIST_INVALID,
    /** The file was different on the second reading (replaced while being imported). */
    FILE_CHANGED,
    /** Not a refusal of the file: an unexpected error; the import was rolled back. */
    INTERNAL_ERROR
}
