package cz.planovna.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HSDS wants UUIDs; the catalogue has numeric ids. A record's UUID carries its kind in the first
 * group and its id in the last ({@code 00000002-0000-8000-8000-00000000002a} is service 42), so it
 * is stable across re-imports (which keep ids) and needs no table. Version nibble 8 marks it as a
 * custom UUID. Code-list items get a name-based UUID of their code instead.
 */
enum HsdsIds {
    ORGANIZATION(1),
    SERVICE(2),
    LOCATION(3),
    SERVICE_AT_LOCATION(4),
    PHONE(5),
    ADDRESS(6),
    IDENTIFIER(7),
    ATTRIBUTE(8),
    SERVICE_AREA(9),
    SCHEDULE(10);

    private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{8})-0000-8000-8000-([0-9a-f]{12})");

    private final int tag;

    HsdsIds(int tag) {
        this.tag = tag;
    }

    String of(long id) {
        return String.format("%08x-0000-8000-8000-%012x", tag, id);
    }

    /** A second number (e.g. the position of a phone) in the middle group. */
    String of(long id, int index) {
        return String.format("%08x-%04x-8000-8000-%012x", tag, index & 0xffff, id);
    }

    /** @return the catalogue id, or empty for anything that is not this kind's UUID */
    OptionalLong parse(String uuid) {
        if (uuid == null) {
            return OptionalLong.empty();
        }
        Matcher m = FORMAT.matcher(uuid.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1), 16) != tag) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(m.group(2), 16));
    }

    /** A taxonomy or taxonomy term: the same code always gives the same UUID. */
    static String ofCode(String code) {
        return UUID.nameUUIDFromBytes(("planovna:hsds:" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
