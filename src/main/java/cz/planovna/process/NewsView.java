package cz.planovna.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A news item as pages show it. */
public record NewsView(
        Long id,
        String title,
        String perex,
        String body,
        boolean published,
        LocalDate publishedOn,
        Instant updatedAt,
        long version) {

    /** The body split at blank lines, each shown as a paragraph. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
