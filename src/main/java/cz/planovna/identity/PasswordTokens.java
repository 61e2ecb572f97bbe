package cz.planovna.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems one-time links. The secret is 32 random bytes (base64url in the link); only
 * its SHA-256 is stored, and a token is looked up by that hash, so no timing-sensitive comparison
 * of secrets happens in Java.
 */
@Component
class PasswordTokens {

    static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final PasswordTokenRepository tokens;

    PasswordTokens(PasswordTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A new link for the user; earlier unused links stop working. Returns the secret for the e-mail. */
    @Transactional
    String issue(UserAccount user, TokenPurpose purpose, Instant now) {
        tokens.spendAllOf(user, now);
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new PasswordToken(user, hash(token), purpose, now));
        return token;
    }

    /** Whether a link of this purpose was issued to the user after {@code after}. */
    @Transactional(readOnly = true)
    boolean issuedSince(UserAccount user, TokenPurpose purpose, Instant after) {
        return tokens.existsByUserAndPurposeAndCreatedAtAfter(user, purpose, after);
    }

    /** The token if it exists, has the purpose, is unused and unexpired; empty otherwise. */
    @Transactional(readOnly = true)
    Optional<PasswordToken> find(String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token)).filter(t -> t.isUsable(purpose, now));
    }

    /** Like {@link #find}, but locks the token so that two simultaneous uses cannot both succeed. */
    @Transactional
    Optional<PasswordToken> findForUse(String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHashForUpdate(hash(token)).filter(t -> t.isUsable(purpose, now));
    }

    /** Spends this and every other open link of the user (the password is set now). */
    @Transactional
    void spend(PasswordToken token, Instant now) {
        token.use(now);
        tokens.spendAllOf(token.user(), now);
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
