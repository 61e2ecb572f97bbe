package cz.planovna.process;

/** What a coordinator sets on a group, from the form. */
record GroupDetails(String name, String area, String description, boolean openForSubscription) {}
