package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    long countByEventIdAndCancelledAtIsNull(long eventId);

    /** Active registrations of several events at once: lists of events need no query per event. */
    @Query("select r.eventId, count(r) from EventRegistration r"
            + " where r.cancelledAt is null and r.eventId in :eventIds group by r.eventId")
    List<Object[]> countActive(java.util.Collection<Long> eventIds);

    default java.util.Map<Long, Long> activeCounts(java.util.Collection<Long> eventIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!eventIds.isEmpty()) {
            countActive(eventIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    Optional<EventRegistration> findByEventIdAndEmailNormalized(long eventId, String emailNormalized);

    Optional<EventRegistration> findByCancelTokenHash(String hash);

    List<EventRegistration> findByEventIdOrderByRegisteredAtAsc(long eventId);
}
