package cz.planovna.monitoring;

import java.util.List;

/** A priority area in a year: the average fulfilment of its goals. */
public record PriorityProgress(
        long nodeId, String number, String title, Fulfilment fulfilment, List<GoalProgress> goals) {}
