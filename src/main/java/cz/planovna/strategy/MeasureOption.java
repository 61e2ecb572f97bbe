package cz.planovna.strategy;

/**
 * A measure of one of an ORP's plans, as a project may be linked to it: "1.2.3 Name" and the plan
 * it belongs to. {@code removed}: no longer in the plan's tree; {@code planPublic}: the plan is
 * public (adopted or out for comments), so the public may see the measure's name.
 */
public record MeasureOption(
        long id, long planId, String planTitle, String number, String title, boolean removed, boolean planPublic) {

    public String label() {
        return number == null ? title : number + " " + title;
    }
}
