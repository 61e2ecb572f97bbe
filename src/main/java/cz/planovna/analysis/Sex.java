package cz.planovna.analysis;

/** Sex as ČSÚ codes it (číselník 102): 1 men, 2 women. */
public enum Sex {
    MEN(1, "muž"),
    WOMEN(2, "žena");

    private final int code;
    private final String csuText;

    Sex(int code, String csuText) {
        this.code = code;
        this.csuText = csuText;
    }

    public int code() {
        return code;
    }

    String csuText() {
        return csuText;
    }

    static Sex ofCode(int code) {
        return code == 1 ? MEN : code == 2 ? WOMEN : null;
    }
}
