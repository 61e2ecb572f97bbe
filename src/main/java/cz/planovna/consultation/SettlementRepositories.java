package cz.planovna.consultation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The settlement feature's own reads of consultations and comments (package-private). */
final class SettlementRepositories {

    private SettlementRepositories() {}
}

interface SettlementReads extends Repository<ConsultationComment, Long> {

    /** Settled comments of the ORP's consultations of a plan that changed one of the items. */
    @Query("""
            select cm from ConsultationComment cm, Consultation c
            where cm.consultationId = c.id and c.districtCode = :code and c.planId = :planId
              and cm.outcome is not null and cm.changedNodeId in :nodeIds
              and (:internal = true or c.settlementPublishedAt is not null)
            order by c.closesOn, c.id, cm.number""")
    List<ConsultationComment> settledChanging(
            @Param("code") int code,
            @Param("planId") long planId,
            @Param("nodeIds") Collection<Long> nodeIds,
            @Param("internal") boolean internal);

    @Query("select c from Consultation c where c.id in :ids")
    List<Consultation> consultations(@Param("ids") Collection<Long> ids);
}
