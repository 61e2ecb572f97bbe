package cz.planovna.strategy;

import cz.planovna.analysis.Quadrant;
import cz.planovna.strategy.MeasureTraceSection.TraceEntry;
import java.util.List;

/**
 * A measure's trace page (sledovatelnost): the plan page's data, the measure, what justifies it,
 * and the parts other modules contribute through {@link MeasureTraceSection}. {@code internal}:
 * the viewer is of the ORP's team (links to internal pages); otherwise the public page.
 */
public record MeasureTrace(PlanPage page, NodeView measure, List<Reason> reasons, List<Part> parts, boolean internal) {

    /**
     * A cited reason: a finding ({@code quadrant} null, {@code label} Z-003) or a SWOT item;
     * {@code href} its internal page, null for the public.
     */
    public record Reason(String label, Quadrant quadrant, String text, String href) {

        public boolean isFinding() {
            return quadrant == null;
        }
    }

    /** A contributed part: its heading's message key and lines (empty: the empty state). */
    public record Part(String titleKey, List<TraceEntry> entries) {}
}
