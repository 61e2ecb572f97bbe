package cz.planovna.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads ČSÚ's long CSV of population (columns named in the header, any order, values quoted or
 * not) line by line and hands each line over as a figure, a total to skip or a rejection. Knows
 * only the format; whether an obec exists or belongs to the ORP decides the importer.
 */
final class PopulationCsv {

    static final String OBEC = "43";

    /** ORP, kraj, country: totals that the figures of the obce already contain. */
    static final List<String> AGGREGATE_TERRITORIES = List.of("65", "100", "97");

    static final List<String> REQUIRED =
            List.of("hodnota", "pohlavi_kod", "vek_txt", "vuzemi_cis", "vuzemi_kod", "casref_do");

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    /** One line of the file. */
    sealed interface Line permits Figure, Total, Rejected {
        long line();
    }

    /** A figure for one obec, date, sex and age. */
    record Figure(long line, int municipality, String name, LocalDate refDate, Sex sex, AgeBand age, int persons)
            implements Line {}

    /** A total (both sexes, all ages, or an ORP/kraj/country): skipped, never added. */
    record Total(long line) implements Line {}

    record Rejected(long line, Rejection rejection) implements Line {}

    /** The whole file cannot be read: not CSV of this shape. */
    static final class FileRefused extends RuntimeException {
        private final Rejection reason;

        FileRefused(Rejection reason) {
            super(reason.messageKey());
            this.reason = reason;
        }

        Rejection reason() {
            return reason;
        }
    }

    private PopulationCsv() {}

    static void read(InputStream raw, Consumer<Line> sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            Charset charset = detectCharset(in);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new FileRefused(Rejection.of(1, "analysis.import.file.empty"));
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> names = split(header);
            if (names == null) {
                throw new FileRefused(Rejection.of(1, "analysis.import.file.header"));
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing =
                    REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new FileRefused(Rejection.of(1, "analysis.import.file.columns", String.join(", ", missing)));
            }
            long number = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                sink.accept(line(number, text, names.size(), columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Line line(long number, String text, int width, Map<String, Integer> columns) {
        List<String> values = split(text);
        if (values == null || values.size() != width) {
            return rejected(number, "analysis.import.reject.columns", width, values == null ? "?" : values.size());
        }
        String territoryType = value(values, columns, "vuzemi_cis");
        if (AGGREGATE_TERRITORIES.contains(territoryType)) {
            return new Total(number);
        }
        if (!OBEC.equals(territoryType)) {
            return rejected(number, "analysis.import.reject.territoryType", territoryType);
        }
        String sexCode = value(values, columns, "pohlavi_kod");
        String ageText = value(values, columns, "vek_txt");
        String ageCode = columns.containsKey("vek_kod") ? value(values, columns, "vek_kod") : "";
        if (sexCode.isEmpty() || (ageText.isEmpty() && ageCode.isEmpty()) || isTotalText(ageText)) {
            return new Total(number);
        }
        Sex sex = sexCode.matches("\\d") ? Sex.ofCode(Integer.parseInt(sexCode)) : null;
        if (sex == null) {
            return rejected(number, "analysis.import.reject.sex", sexCode);
        }
        AgeBand age = ageText.isEmpty() ? null : AgeBand.parse(ageText);
        if (age == null || !age.valid()) {
            return rejected(number, "analysis.import.reject.age", ageText.isEmpty() ? ageCode : ageText);
        }
        if (!age.fitsPyramid()) {
            return rejected(number, "analysis.import.reject.ageBand", ageText);
        }
        String code = value(values, columns, "vuzemi_kod");
        if (!code.matches("\\d{6}")) {
            return rejected(number, "analysis.import.reject.municipalityCode", code);
        }
        String date = value(values, columns, "casref_do");
        LocalDate refDate;
        try {
            refDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return rejected(number, "analysis.import.reject.date", date);
        }
        if (refDate.getYear() < 1900 || refDate.getYear() > 2100) {
            return rejected(number, "analysis.import.reject.date", date);
        }
        String persons = value(values, columns, "hodnota");
        if (!persons.matches("\\d{1,9}")) {
            return rejected(number, "analysis.import.reject.number", persons);
        }
        String name = columns.containsKey("vuzemi_txt") ? value(values, columns, "vuzemi_txt") : "";
        return new Figure(number, Integer.parseInt(code), name, refDate, sex, age, Integer.parseInt(persons));
    }

    private static boolean isTotalText(String ageText) {
        String t = ageText.strip().toLowerCase(Locale.ROOT);
        return t.equals("celkem") || t.equals("úhrn");
    }

    private static Rejected rejected(long line, String key, Object... arguments) {
        return new Rejected(line, Rejection.of(line, key, arguments));
    }

    private static String value(List<String> values, Map<String, Integer> columns, String column) {
        return values.get(columns.get(column)).strip();
    }

    /** Splits one CSV line (comma, optional double quotes, "" inside quotes); null when malformed. */
    static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                if (wasQuoted || !current.toString().isBlank()) {
                    return null;
                }
                quoted = true;
                wasQuoted = true;
                current.setLength(0);
            } else if (c == ',') {
                values.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                return null;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        values.add(current.toString());
        return values;
    }

    /** UTF-8 unless the start of the file is not valid UTF-8; then Windows-1250 (older ČSÚ files). */
    private static Charset detectCharset(BufferedInputStream in) throws IOException {
        int probe = 1 << 15;
        in.mark(probe);
        byte[] head = in.readNBytes(probe);
        in.reset();
        int length = head.length;
        // do not judge a character cut off at the end of the probe
        while (length > 0 && length > head.length - 4 && (head[length - 1] & 0xC0) == 0x80) {
            length--;
        }
        if (length > 0 && (head[length - 1] & 0xC0) == 0xC0) {
            length--;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1250;
        }
    }
}
