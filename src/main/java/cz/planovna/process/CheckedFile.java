package cz.planovna.process;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload that passed the checks: a safe name, the kind found in its content, the bytes. */
record CheckedFile(String name, FileKind kind, byte[] content) {

    long size() {
        return content.length;
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
