package cz.planovna.strategy;

/** The ORP a page is about, for headings and breadcrumbs. */
public record OrpView(int code, String name, int regionCode, String regionName) {}
