package cz.planovna.process;

import cz.planovna.shared.mail.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-time links of subscriptions; only their SHA-256 is stored and rows are looked up by it.
 *
 * <p>The confirmation link is random and sent once. The unsubscribe link must go into every later
 * invitation, yet the database may not hold it: it is an HMAC of the subscription's fixed facts
 * under a server key ({@code planovna.subscriptions.link-key}), so it can be computed again for each
 * mail and a leaked database does not reveal it. Without a configured key a random one is used, and
 * unsubscribe links from before a restart stop working (the subscriber can still ask the ORP).
 */
@Component
class SubscriptionLinks {

    static final String CONFIRM_PATH = "/odber/potvrdit/";
    static final String UNSUBSCRIBE_PATH = "/odber/odhlasit/";
    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(SubscriptionLinks.class);

    private final SecureRandom random = new SecureRandom();
    private final Mailer mailer;
    private final byte[] key;

    SubscriptionLinks(Mailer mailer, @Value("${planovna.subscriptions.link-key:}") String key) {
        this.mailer = mailer;
        if (key == null || key.isBlank()) {
            log.warn("planovna.subscriptions.link-key (PLANOVNA_LINK_KEY) is not set: unsubscribe links"
                    + " in e-mails sent before a restart will not work");
            this.key = new byte[TOKEN_BYTES];
            random.nextBytes(this.key);
        } else {
            this.key = key.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A new random confirmation token (for the e-mail only). */
    String newConfirmToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        return encode(secret);
    }

    /** The unsubscribe token of a subscription; the same every time for the same subscription. */
    String unsubscribeToken(long groupId, String email, Instant createdAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String facts = "unsubscribe|" + groupId + "|" + email + "|" + createdAt.toEpochMilli();
            return encode(mac.doFinal(facts.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    String confirmUrl(String token) {
        return mailer.link(CONFIRM_PATH + token);
    }

    String unsubscribeUrl(String token) {
        return mailer.link(UNSUBSCRIBE_PATH + token);
    }

    /** A token as it may arrive in a URL: anything implausible is no token at all. */
    static boolean plausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= TOKEN_MAX;
    }

    static String hash(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
