package cz.planovna.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The consultations (the repositories of the module are all in this file, package-private). */
interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findByIdAndDistrictCode(long id, int districtCode);

    List<Consultation> findByDistrictCode(int districtCode);

    /** Locks the consultation while a comment gets its number (two comments never share one). */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.id = :id")
    Optional<Consultation> lockById(@Param("id") long id);
}

interface CommentRepository extends JpaRepository<ConsultationComment, Long> {

    Optional<ConsultationComment> findByIdAndConsultationId(long id, long consultationId);

    List<ConsultationComment> findByConsultationIdOrderByNumberAsc(long consultationId);

    long countByConsultationId(long consultationId);

    /** The number of comments per consultation of an ORP, in one query: [consultation id, count]. */
    @Query("""
            select c.consultationId, count(c) from ConsultationComment c, Consultation k
            where k.id = c.consultationId and k.districtCode = :districtCode group by c.consultationId""")
    List<Object[]> countsByDistrict(@Param("districtCode") int districtCode);

    @Query("select coalesce(max(c.number), 0) from ConsultationComment c where c.consultationId = :consultationId")
    int maxNumber(@Param("consultationId") long consultationId);

    /** Comments sent since the instant from the e-mail address or from the hashed address. */
    @Query("""
            select count(c) from ConsultationComment c
            where c.submittedAt > :since and (c.authorEmail = :email or c.ipHash = :ipHash)""")
    long countRecent(@Param("email") String email, @Param("ipHash") String ipHash, @Param("since") Instant since);
}

interface ModerationRepository extends JpaRepository<ModerationEntry, Long> {

    List<ModerationEntry> findByCommentIdInOrderByActedAtDescIdDesc(List<Long> commentIds);
}
