package cz.planovna.survey;

/** What a question asks for; {@link #SECTION} is a heading that starts a new section. */
public enum QuestionKind {
    SECTION,
    SINGLE,
    MULTIPLE,
    MATRIX,
    NUMBER,
    SHORT_TEXT,
    LONG_TEXT,
    DATE,
    RANKING,
    YES_NO;

    /** Questions whose answers are choices from a list: they can be counted, crossed and referred to. */
    public boolean closed() {
        return this == SINGLE || this == MULTIPLE || this == YES_NO;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == MATRIX || this == RANKING;
    }

    public boolean hasRows() {
        return this == MATRIX;
    }

    public boolean text() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public boolean answerable() {
        return this != SECTION;
    }

    public String messageKey() {
        return "survey.kind." + name();
    }
}
