package cz.planovna.consultation;

import cz.planovna.strategy.NodeKind;

/** One item of a consultation's outline: a priority area, goal or measure with its number. */
public record SectionView(long nodeId, NodeKind kind, String number, String title, String description) {

    public String label() {
        return number == null ? title : number + " " + title;
    }

    /** 0 for a priority area, 1 for a goal, 2 for a measure, 3 for an activity. */
    public int depth() {
        return kind == null ? 0 : kind.ordinal();
    }
}
