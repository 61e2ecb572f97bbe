package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    long countByEventIdAndCancelledAtIsNull(long eventId);

    Optional<EventRegistration> findByEventIdAndEmailNormalized(long eventId, String emailNormalized);

    Optional<EventRegistration> findByCancelTokenHash(String hash);

    List<EventRegistration> findByEventIdOrderByRegisteredAtAsc(long eventId);
}
