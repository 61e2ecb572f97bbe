package cz.planovna.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueServiceRepository extends JpaRepository<CatalogueService, Long> {

    Optional<CatalogueService> findByRegisterId(String registerId);

    /** [register id, id, content hash, state, ended reason, name] of every registered service. */
    @Query("select s.registerId, s.id, s.contentHash, s.state, s.endedReason, s.name from CatalogueService s"
            + " where s.registerId is not null")
    List<Object[]> registerIndex();

    /** [register id, facility ORP] pairs, for the diff of services that end. */
    @Query("select distinct s.registerId, f.districtCode from CatalogueService s join s.facilities f"
            + " where s.registerId is not null")
    List<Object[]> registerFacilityDistricts();

    @Query("select s from CatalogueService s where s.provider.ico in ?1")
    List<CatalogueService> findByProviderIcoIn(Collection<String> icos);

    @Query("select s from CatalogueService s join fetch s.override where s.districtCode = ?1")
    List<CatalogueService> findEditedInDistrict(int districtCode);

    @Query("select s from CatalogueService s where s.id in ?1")
    List<CatalogueService> findAllByIdIn(Collection<Long> ids);

    /** [ORP, number of active registered services with a facility there]. */
    @Query("select f.districtCode, count(distinct s.id) from CatalogueService s join s.facilities f"
            + " where s.state = cz.planovna.catalogue.ServiceState.ACTIVE"
            + " and s.kind = cz.planovna.catalogue.ServiceKind.SOCIAL_SERVICE group by f.districtCode")
    List<Object[]> activePerDistrict();

    long countByState(ServiceState state);

    long countByKind(ServiceKind kind);

    @Query("select count(f) from CatalogueService s join s.facilities f")
    long countFacilities();
}
