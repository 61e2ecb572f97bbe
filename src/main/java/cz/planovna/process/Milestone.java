package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One step of a round's schedule (harmonogram), e.g. "úvodní setkání řídícího výboru". */
@Embeddable
class Milestone {

    static final int TITLE_MAX = 300;

    @Column(name = "title")
    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done")
    private boolean done;

    protected Milestone() {}

    Milestone(String title, LocalDate dueOn, boolean done) {
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.done = done;
    }

    String title() {
        return title;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean done() {
        return done;
    }

    MilestoneView toView() {
        return new MilestoneView(title, dueOn, done);
    }
}
