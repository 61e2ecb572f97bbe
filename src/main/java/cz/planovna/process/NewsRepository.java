package cz.planovna.process;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsRepository extends JpaRepository<NewsItem, Long> {

    Optional<NewsItem> findByIdAndDistrictCode(long id, int districtCode);

    Page<NewsItem> findByDistrictCode(int districtCode, Pageable page);

    boolean existsByDistrictCodeAndTitleAndBody(int districtCode, String title, String body);

    Page<NewsItem> findByDistrictCodeAndPublishedTrue(int districtCode, Pageable page);
}
