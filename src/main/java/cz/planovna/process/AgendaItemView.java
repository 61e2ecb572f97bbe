package cz.planovna.process;

import java.util.List;

/** An agenda item with its part of the minutes. */
public record AgendaItemView(Long id, int ordinal, String title, String notes, List<DecisionView> decisions) {}
