package cz.planovna.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code planovna.consultation.comments-per-hour} comments (default 10) per e-mail address
 * or per network address within the last hour, across all consultations. Counted in the database,
 * so several application instances share the limit. Network addresses are kept only as SHA-256.
 */
@Component
class CommentRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final CommentRepository comments;
    private final int perHour;

    CommentRateLimit(CommentRepository comments, @Value("${planovna.consultation.comments-per-hour:10}") int perHour) {
        this.comments = comments;
        this.perHour = perHour;
    }

    int perHour() {
        return perHour;
    }

    /** True when one more comment from the address or e-mail would exceed the limit. */
    boolean exceeded(String email, String ipHash, Instant now) {
        return exceeded(comments.countRecent(email, ipHash, now.minus(WINDOW)), perHour);
    }

    static boolean exceeded(long recent, int perHour) {
        return recent >= perHour;
    }

    static String hash(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(address.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
