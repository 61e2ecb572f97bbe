package cz.planovna.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureCitationRepository extends JpaRepository<MeasureCitation, Long> {

    List<MeasureCitation> findByNodeId(long nodeId);

    List<MeasureCitation> findByFindingId(long findingId);

    List<MeasureCitation> findBySwotItemId(long swotItemId);
}
