package cz.planovna.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The projects of the pipelines (zásobník projektů). */
interface ProjectRepository extends JpaRepository<PipelineProject, Long> {

    Optional<PipelineProject> findByIdAndDistrictCode(long id, int districtCode);

    List<PipelineProject> findByDistrictCode(int districtCode);

    List<PipelineProject> findByDistrictCodeAndMeasureId(int districtCode, long measureId);

    List<PipelineProject> findByDistrictCodeAndStateIn(int districtCode, Collection<ProjectState> states);

    boolean existsByDistrictCodeAndIllustrativeTrue(int districtCode);

    long countByDistrictCodeAndIllustrativeTrue(int districtCode);
}
