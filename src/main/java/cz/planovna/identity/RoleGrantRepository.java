package cz.planovna.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    /** The grants of a page of users in one query. */
    @Query("select g from RoleGrant g where g.user.id in ?1 order by g.grantedAt, g.id")
    List<RoleGrant> findByUserIds(Collection<Long> userIds);

    /** Everyone holding a role in an ORP, with their account, in Czech order of names. */
    @Query("select g from RoleGrant g join fetch g.user u where g.districtCode = ?1 order by u.sortKey, u.id, g.id")
    List<RoleGrant> findByDistrict(int districtCode);
}
