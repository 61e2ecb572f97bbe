package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** One-time links: random secret, only its hash stored, purpose, expiry, single use. */
class PasswordTokensTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final PasswordTokenRepository repository = mock(PasswordTokenRepository.class);
    final PasswordTokens tokens = new PasswordTokens(repository);
    final UserAccount user = new UserAccount("Jana.Nova@Example.cz", "Jana Nová", NOW);

    @Test
    void issuesA32ByteSecretAndStoresOnlyItsHash() {
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));

        String token = tokens.issue(user, TokenPurpose.PASSWORD_RESET, NOW);

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        ArgumentCaptor<PasswordToken> saved = ArgumentCaptor.forClass(PasswordToken.class);
        verify(repository).save(saved.capture());
        verify(repository).spendAllOf(user, NOW);
        assertThat(saved.getValue().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(PasswordTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void twoTokensDiffer() {
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThat(tokens.issue(user, TokenPurpose.INVITATION, NOW))
                .isNotEqualTo(tokens.issue(user, TokenPurpose.INVITATION, NOW));
    }

    @Test
    void hashIsSha256InHex() {
        // SHA-256("abc"), a published test vector
        assertThat(PasswordTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aResetLinkLastsAnHourAnInvitationAWeek() {
        PasswordToken reset = new PasswordToken(user, "h1", TokenPurpose.PASSWORD_RESET, NOW);
        PasswordToken invitation = new PasswordToken(user, "h2", TokenPurpose.INVITATION, NOW);

        assertThat(reset.isUsable(TokenPurpose.PASSWORD_RESET, NOW.plus(Duration.ofMinutes(59))))
                .isTrue();
        assertThat(reset.isUsable(TokenPurpose.PASSWORD_RESET, NOW.plus(Duration.ofHours(1))))
                .isFalse();
        assertThat(invitation.isUsable(TokenPurpose.INVITATION, NOW.plus(Duration.ofDays(6))))
                .isTrue();
        assertThat(invitation.isUsable(TokenPurpose.INVITATION, NOW.plus(Duration.ofDays(7))))
                .isFalse();
    }

    @Test
    void aLinkWorksOnlyForItsPurpose() {
        PasswordToken reset = new PasswordToken(user, "h", TokenPurpose.PASSWORD_RESET, NOW);

        assertThat(reset.isUsable(TokenPurpose.INVITATION, NOW)).isFalse();
    }

    @Test
    void aLinkWorksOnce() {
        PasswordToken reset = new PasswordToken(user, "h", TokenPurpose.PASSWORD_RESET, NOW);

        reset.use(NOW);

        assertThat(reset.isUsable(TokenPurpose.PASSWORD_RESET, NOW)).isFalse();
        assertThatThrownBy(() -> reset.use(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDisabledAccountCannotUseItsLinks() {
        PasswordToken reset = new PasswordToken(user, "h", TokenPurpose.PASSWORD_RESET, NOW);

        user.enable(false, NOW);

        assertThat(reset.isUsable(TokenPurpose.PASSWORD_RESET, NOW)).isFalse();
    }
}
