package cz.planovna.monitoring;

import java.util.List;

/** A goal in a year: the average fulfilment of its measures. */
public record GoalProgress(
        long nodeId, String number, String title, Fulfilment fulfilment, List<MeasureProgress> measures) {}
