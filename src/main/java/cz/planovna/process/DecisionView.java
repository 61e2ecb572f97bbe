package cz.planovna.process;

/** A decision as the minutes show it. */
public record DecisionView(int number, String wording, Integer votesFor, Integer votesAgainst, Integer votesAbstained) {

    public boolean voted() {
        return votesFor != null || votesAgainst != null || votesAbstained != null;
    }
}
