package cz.planovna.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    @Query("select t from PasswordToken t join fetch t.user where t.tokenHash = ?1")
    Optional<PasswordToken> findByHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordToken t join fetch t.user where t.tokenHash = ?1")
    Optional<PasswordToken> findByHashForUpdate(String tokenHash);

    boolean existsByUserAndPurposeAndCreatedAtAfter(UserAccount user, TokenPurpose purpose, Instant after);

    /** A new link (or a new password) makes the older links of the user useless. */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = ?2 where t.user = ?1 and t.usedAt is null")
    int spendAllOf(UserAccount user, Instant now);
}
