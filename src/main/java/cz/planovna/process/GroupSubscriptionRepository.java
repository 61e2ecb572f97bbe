package cz.planovna.process;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GroupSubscriptionRepository extends JpaRepository<GroupSubscription, Long> {

    Optional<GroupSubscription> findByGroupIdAndEmail(long groupId, String email);

    Optional<GroupSubscription> findByConfirmTokenHash(String hash);

    Optional<GroupSubscription> findByUnsubscribeTokenHash(String hash);

    List<GroupSubscription> findByGroupIdOrderByEmailAsc(long groupId);

    List<GroupSubscription> findByGroupIdAndStateOrderByEmailAsc(long groupId, SubscriptionState state);

    List<GroupSubscription> findByDistrictCodeAndEmailOrderByIdAsc(int districtCode, String email);

    Optional<GroupSubscription> findByIdAndGroupIdAndDistrictCode(long id, long groupId, int districtCode);

    /** Confirmed since a moment, for the coordinator's dashboard. */
    long countByDistrictCodeAndStateAndConfirmedAtAfter(int districtCode, SubscriptionState state, Instant after);

    /** Unconfirmed subscriptions whose link has expired: no consent was proven, so nothing is kept. */
    @Modifying
    @Query("delete from GroupSubscription s where s.state = :state and s.lastSentAt < :before")
    int deleteByStateAndLastSentAtBefore(@Param("state") SubscriptionState state, @Param("before") Instant before);

    /**
     * The group, locked until the transaction ends: two simultaneous subscriptions of one address
     * (a double click) run one after the other instead of colliding on the unique key.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from PlanningGroup g where g.id = :id and g.districtCode = :districtCode")
    Optional<PlanningGroup> lockGroup(@Param("id") long id, @Param("districtCode") int districtCode);
}
