package cz.planovna.process;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as people gave them, made safe: no folders, no control or direction-changing
 * characters, none that Windows forbids; Czech letters stay. Downloads name the file for old and
 * new browsers alike (RFC 6266 with an RFC 5987 {@code filename*}).
 */
final class FileNames {

    static final int MAX = 200;
    private static final String FALLBACK = "soubor";

    private FileNames() {}

    static String sanitise(String original) {
        String name = original == null ? "" : original;
        // browsers may send a whole path (old IE: C:\Users\...); only the last part is the name
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isFormatting(c)) {
                return;
            }
            safe.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        });
        String result = safe.toString().replaceAll("\\s+", " ").strip();
        // no hidden files and no "..": a name never starts with a dot
        result = result.replaceFirst("^[.\\s]+", "");
        if (result.length() > MAX) {
            String ext = extension(result);
            int keep = MAX - (ext.isEmpty() ? 0 : ext.length() + 1);
            result = result.substring(0, keep).strip() + (ext.isEmpty() ? "" : "." + ext);
        }
        return result.isEmpty() || result.equals("." + extension(result)) ? FALLBACK : result;
    }

    /** The part after the last dot, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code attachment; filename="Statut_RS.pdf"; filename*=UTF-8''Statut%20%C5%98S.pdf}. */
    static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replaceAll("[\"\\\\;]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Bidirectional overrides and zero-width characters: they make "exe.pdf" look like "fdp.exe". */
    private static boolean isFormatting(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
