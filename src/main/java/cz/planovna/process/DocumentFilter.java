package cz.planovna.process;

import cz.planovna.shared.text.CzechCollation;
import java.util.Comparator;
import java.util.List;

/**
 * A search of a library: words of the title (case and diacritics ignored), a category, an order.
 * Built from the query parameters {@code q}, {@code kategorie}, {@code razeni}.
 */
public record DocumentFilter(String query, DocumentCategory category, Sort sort) {

    public enum Sort {
        /** by title in Czech order */
        TITLE,
        NEWEST;

        public String messageKey() {
            return "process.documents.sort." + name();
        }
    }

    public DocumentFilter {
        query = query == null ? "" : query.strip();
        sort = sort == null ? Sort.TITLE : sort;
    }

    public static DocumentFilter all() {
        return new DocumentFilter("", null, Sort.TITLE);
    }

    public boolean narrowed() {
        return !query.isEmpty() || category != null;
    }

    /** The words of the query as search keys; a title matches when it contains every one. */
    List<String> words() {
        String key = CzechCollation.searchKey(query);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /**
     * A LIKE pattern for the database to narrow by the first word, with the wildcards a user may
     * type taken literally; {@link #matches} checks the rest.
     */
    String likePattern() {
        List<String> words = words();
        if (words.isEmpty()) {
            return "%";
        }
        String key = words.get(0).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }

    boolean matches(Document document) {
        return words().stream().allMatch(document.searchKey()::contains);
    }

    Comparator<Document> comparator() {
        Comparator<Document> byTitle = CzechCollation.comparing(Document::title);
        return sort == Sort.NEWEST
                ? Comparator.comparing(Document::updatedAt).reversed().thenComparing(byTitle)
                : byTitle.thenComparing(Document::id);
    }
}
