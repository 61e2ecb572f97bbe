package cz.planovna.identity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select a from AuditEntry a left join fetch a.actor where a.subjectId = ?1"
            + " order by a.occurredAt desc, a.id desc")
    List<AuditEntry> findLatest(long subjectId, Pageable limit);
}
