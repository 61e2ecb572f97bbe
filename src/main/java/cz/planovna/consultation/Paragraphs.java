package cz.planovna.consultation;

import java.util.Arrays;
import java.util.List;

/** Plain text split into paragraphs at blank lines; each shown escaped, line breaks kept by CSS. */
final class Paragraphs {

    private Paragraphs() {}

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
