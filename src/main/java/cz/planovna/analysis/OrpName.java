package cz.planovna.analysis;

/** The ORP a findings or SWOT page belongs to, for headings and breadcrumbs. */
public record OrpName(int code, String name, int regionCode, String regionName) {}
