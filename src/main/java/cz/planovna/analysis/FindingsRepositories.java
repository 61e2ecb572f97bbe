package cz.planovna.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findByIdAndDistrictCode(long id, int districtCode);

    List<Interview> findByDistrictCode(int districtCode);
}

interface FindingRepository extends JpaRepository<Finding, Long> {

    Optional<Finding> findByIdAndDistrictCode(long id, int districtCode);

    List<Finding> findByDistrictCode(int districtCode);

    List<Finding> findByInterviewId(long interviewId);

    List<Finding> findByIdIn(Collection<Long> ids);

    @Query("select coalesce(max(f.number), 0) from Finding f where f.districtCode = ?1")
    int maxNumber(int districtCode);
}

interface SwotRepository extends JpaRepository<Swot, Long> {

    Optional<Swot> findByIdAndDistrictCode(long id, int districtCode);

    List<Swot> findByDistrictCode(int districtCode);
}

interface SwotItemRepository extends JpaRepository<SwotItem, Long> {

    List<SwotItem> findBySwotId(long swotId);

    List<SwotItem> findBySwotIdIn(Collection<Long> swotIds);

    List<SwotItem> findByIdIn(Collection<Long> ids);

    Optional<SwotItem> findByIdAndSwotId(long id, long swotId);
}

interface SwotVoteRepository extends JpaRepository<SwotVote, Long> {

    List<SwotVote> findByItemIdIn(Collection<Long> itemIds);

    Optional<SwotVote> findByItemIdAndUserId(long itemId, long userId);

    void deleteByItemId(long itemId);
}

interface FindingsAuditRepository extends JpaRepository<FindingsAuditEntry, Long> {

    List<FindingsAuditEntry> findByDistrictCodeOrderByAtDescIdDesc(int districtCode, Pageable page);
}
