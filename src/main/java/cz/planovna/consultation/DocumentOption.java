package cz.planovna.consultation;

/**
 * A document of the ORP that may be put out for comment, for the form's select: {@code value} is
 * "PLAN:12" or "ACTION_PLAN:5"; {@code draftPlan} says whether it is a medium-term plan in draft
 * (which opening the consultation may move to public commenting).
 */
public record DocumentOption(String value, String planTitle, Integer year, boolean draftPlan) {}
