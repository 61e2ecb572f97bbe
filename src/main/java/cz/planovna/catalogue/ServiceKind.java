package cz.planovna.catalogue;

/** A service registered under Act No. 108/2006 Coll., or a related service outside the Act. */
public enum ServiceKind {
    SOCIAL_SERVICE,
    RELATED
}
