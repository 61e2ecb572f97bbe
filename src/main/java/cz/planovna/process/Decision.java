package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A numbered decision (usnesení) under an agenda item; votes stay empty when decided by consensus. */
@Embeddable
class Decision {

    static final int WORDING_MAX = 2000;

    @Column(name = "decision_number")
    private int number;

    private String wording;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_abstained")
    private Integer votesAbstained;

    protected Decision() {}

    Decision(int number, String wording, Integer votesFor, Integer votesAgainst, Integer votesAbstained) {
        this.number = number;
        this.wording = Texts.required(wording, WORDING_MAX, "wording");
        this.votesFor = nonNegative(votesFor);
        this.votesAgainst = nonNegative(votesAgainst);
        this.votesAbstained = nonNegative(votesAbstained);
    }

    private static Integer nonNegative(Integer votes) {
        if (votes != null && votes < 0) {
            throw new IllegalArgumentException("negative votes: " + votes);
        }
        return votes;
    }

    int number() {
        return number;
    }

    void renumber(int number) {
        this.number = number;
    }

    DecisionView toView() {
        return new DecisionView(number, wording, votesFor, votesAgainst, votesAbstained);
    }
}
