package cz.planovna.catalogue;

public enum ContactKind {
    WEB,
    EMAIL,
    PHONE,
    FAX
}
