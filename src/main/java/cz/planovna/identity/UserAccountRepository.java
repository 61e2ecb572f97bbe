package cz.planovna.identity;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** The e-mail must already be normalized ({@link UserAccount#normalizeEmail}). */
    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** For sign-in: concurrent attempts on one account are counted one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.email = ?1")
    Optional<UserAccount> findByEmailForLogin(String email);

    @Query("select distinct u from UserAccount u left join fetch u.grants where u.id = ?1")
    Optional<UserAccount> findWithGrants(long id);

    /** Changes to the grants bump the user's version, so forms opened before become stale. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select u from UserAccount u where u.id = ?1")
    Optional<UserAccount> findForChange(long id);

    /**
     * A page of users in Czech alphabetical order, optionally only those holding a role in the
     * given kraje or ORP (pass {@code everything = true} for all users).
     */
    @Query(
            value = "select u from UserAccount u where u.searchKey like concat('%', :q, '%') and (:everything = true"
                    + " or exists (select g.id from RoleGrant g where g.user = u"
                    + " and (g.regionCode in :regions or g.districtCode in :districts)))"
                    + " order by u.sortKey, u.id",
            countQuery = "select count(u) from UserAccount u where u.searchKey like concat('%', :q, '%')"
                    + " and (:everything = true or exists (select g.id from RoleGrant g where g.user = u"
                    + " and (g.regionCode in :regions or g.districtCode in :districts)))")
    Page<UserAccount> search(
            String q,
            boolean everything,
            Collection<Integer> regions,
            Collection<Integer> districts,
            Pageable pageable);

    @Query("select u.id, u.fullName from UserAccount u where u.id in ?1")
    List<Object[]> namesOf(Collection<Long> ids);

    @Query("select count(distinct g.user.id) from RoleGrant g where g.role = cz.planovna.identity.Role.SYSTEM_ADMIN"
            + " and g.user.enabled = true")
    long countEnabledAdmins();
}
