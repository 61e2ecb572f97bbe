package cz.planovna.catalogue;

/**
 * {@code page} (from 1) and {@code per_page} of a list request, read from the raw parameters so
 * that a bad value is a 400 with a message, never a 500.
 */
record HsdsPaging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 100;
    /** Deeper pages make Lucene collect every hit before them; nobody pages that far. */
    static final int MAX_PAGE = 10_000;

    static HsdsPaging of(String page, String perPage) {
        return new HsdsPaging(
                number("page", page, 1, MAX_PAGE, 1), number("per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
    }

    int offset() {
        return (page - 1) * perPage;
    }

    private static int number(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long n;
        try {
            n = value.strip().length() > 12 ? Long.MAX_VALUE : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new HsdsBadRequest(name + " must be a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw new HsdsBadRequest(name + " must be a whole number from " + min + " to " + max);
        }
        return (int) n;
    }
}
