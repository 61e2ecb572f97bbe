package cz.planovna.shared.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Czech alphabetical order ("ch" after "h", "č" after "c", "Ústí" among the U's) for lists sorted
 * in memory, and an accent-free search key for "type without diacritics" matching.
 */
public final class CzechCollation {

    public static final Locale CZECH = Locale.forLanguageTag("cs-CZ");

    private CzechCollation() {}

    /** A new collator each call: {@link Collator} is not thread-safe. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(CZECH);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    public static Comparator<String> comparator() {
        Collator collator = collator();
        return (a, b) -> collator.compare(a, b);
    }

    public static <T> Comparator<T> comparing(Function<? super T, String> key) {
        Comparator<String> names = comparator();
        return (a, b) -> names.compare(key.apply(a), key.apply(b));
    }

    /** Lower case without diacritics: "Český Krumlov" → "cesky krumlov". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
