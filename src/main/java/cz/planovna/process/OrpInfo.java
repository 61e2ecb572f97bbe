package cz.planovna.process;

/** The ORP a page is about, for headings and breadcrumbs. */
public record OrpInfo(int code, String name, int regionCode, String regionName) {}
