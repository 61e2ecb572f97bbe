package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findByIdAndDistrictCodeAndDeletedAtIsNull(long id, int districtCode);

    /** An ORP's library is small (tens, a few hundred documents): filtered, sorted and paged in memory. */
    @Query("select distinct d from Document d join fetch d.versions"
            + " where d.districtCode = :districtCode and d.deletedAt is null"
            + " and (:visibility is null or d.visibility = :visibility)"
            + " and (:category is null or d.category = :category)"
            + " and d.searchKey like :searchKey escape '\\'")
    List<Document> search(int districtCode, DocumentVisibility visibility, DocumentCategory category, String searchKey);

    List<Document> findTop10ByDistrictCodeAndDeletedAtIsNotNullOrderByDeletedAtDesc(int districtCode);
}
