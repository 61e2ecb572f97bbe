package cz.planovna.strategy;

import cz.planovna.analysis.Quadrant;

/**
 * One cited reason of a measure: a finding ({@code label} Z-003, {@code quadrant} null) or a SWOT
 * item ({@code label} the SWOT's name, {@code quadrant} set). {@code text} is what it says.
 */
public record Justification(String label, Quadrant quadrant, String text) {

    public boolean isFinding() {
        return quadrant == null;
    }
}
