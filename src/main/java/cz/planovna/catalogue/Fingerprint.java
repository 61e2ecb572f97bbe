package cz.planovna.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a record's JSON form. Stored with each imported row so a re-import can skip records
 * whose content did not change without loading them.
 */
final class Fingerprint {

    private static final JsonMapper JSON = JsonMapper.shared();

    private Fingerprint() {}

    static String of(Object data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(data)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
