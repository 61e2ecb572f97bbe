package cz.planovna.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The small CSV files bundled under {@code data/}: comma separated, optional double quotes. */
final class Csv {

    private Csv() {}

    /** Rows without the header line. */
    static List<String[]> readClasspath(String resource) {
        List<String[]> rows = new ArrayList<>();
        readClasspathWithHeader(resource, rows);
        return rows;
    }

    /** Adds the rows to {@code rows} and returns the header. */
    static String[] readClasspathWithHeader(String resource, List<String[]> rows) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return split(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
