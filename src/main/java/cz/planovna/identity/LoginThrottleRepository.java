package cz.planovna.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.emailHash = ?1")
    Optional<LoginThrottle> findForUpdate(String emailHash);

    /** Rows older than any lock are useless; dropping them keeps the table small. */
    @Modifying
    @Query("delete from LoginThrottle t where t.updatedAt < ?1")
    int deleteOlderThan(Instant cutoff);
}
