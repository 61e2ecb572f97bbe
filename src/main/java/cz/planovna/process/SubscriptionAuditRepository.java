package cz.planovna.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionAuditRepository extends JpaRepository<SubscriptionAudit, Long> {

    List<SubscriptionAudit> findTop50ByDistrictCodeOrderByHappenedAtDescIdDesc(int districtCode);

    List<SubscriptionAudit> findByEmailHash(String emailHash);
}
