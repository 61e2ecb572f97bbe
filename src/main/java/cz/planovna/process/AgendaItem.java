package cz.planovna.process;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One item of a meeting's agenda with what the minutes say about it and the decisions taken. */
@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {

    static final int TITLE_MAX = 300;
    static final int NOTES_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int ordinal;

    private String title;

    private String notes;

    @ElementCollection
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @OrderBy("number ASC")
    private List<Decision> decisions = new ArrayList<>();

    protected AgendaItem() {}

    AgendaItem(Meeting meeting, int ordinal, String title) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.ordinal = ordinal;
        retitle(title);
    }

    void retitle(String title) {
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    void reorder(int ordinal) {
        this.ordinal = ordinal;
    }

    void writeNotes(String notes) {
        this.notes = Texts.optional(notes, NOTES_MAX, "notes");
    }

    void addDecision(Decision decision) {
        decisions.add(decision);
    }

    boolean removeDecision(int number) {
        return decisions.removeIf(d -> d.number() == number);
    }

    List<Decision> decisions() {
        return decisions;
    }

    Long id() {
        return id;
    }

    int ordinal() {
        return ordinal;
    }

    String title() {
        return title;
    }

    boolean hasContent() {
        return notes != null || !decisions.isEmpty();
    }

    AgendaItemView toView() {
        return new AgendaItemView(
                id,
                ordinal,
                title,
                notes,
                decisions.stream().map(Decision::toView).toList());
    }
}
