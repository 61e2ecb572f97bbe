package cz.planovna.strategy;

import java.util.List;

/**
 * One part of a measure's trace page (sledovatelnost), contributed by a module that strategy
 * cannot depend on: consultation adds the comments that changed the measure, monitoring adds its
 * money spent and indicator actuals per year. Every Spring bean of this type is asked, in the
 * order of {@link #order()}; strategy's own parts (justifying findings, projects, planned money,
 * indicator targets) are built in. Called on the request thread of a viewer who may read the
 * plan ({@code internal} is true for the ORP's team, false for the public, who must only get
 * what is public).
 */
public interface MeasureTraceSection {

    /** Parts are sorted by this; leave room between (100, 200, …). */
    int order();

    /** The message key of the part's heading. */
    String titleKey();

    /** The part's lines for one measure of a plan of the ORP; an empty list shows the empty state. */
    List<TraceEntry> entries(int districtCode, long planId, long measureId, boolean internal);

    /**
     * One line of a trace part: what it is ({@code label}, e.g. "Připomínka č. 12 – přijata"),
     * a detail sentence (may be null), an optional link (a path inside the application, may be
     * null) and an optional year the line belongs to (may be null).
     */
    record TraceEntry(String label, String detail, String href, Integer year) {}
}
