package cz.planovna.catalogue;

/** Why a single record was rejected or flagged. */
public enum IssueReason {
    NOT_AN_OBJECT,
    MISSING_IDENTIFIER,
    DUPLICATE_IDENTIFIER,
    UNKNOWN_CODE,
    MISSING_ADDRESS,
    UNKNOWN_MUNICIPALITY,
    MISSING_ICO,
    MISSING_VALUE,
    INVALID_VALUE,
    /** Warning: an entry of the territory served that names no known ORP or obec. */
    UNKNOWN_TERRITORY,
    /** Warning about a code list: a service type whose § of the Act is not known. */
    TYPE_WITHOUT_SECTION
}
