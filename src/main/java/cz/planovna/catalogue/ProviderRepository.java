package cz.planovna.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByIco(String ico);

    boolean existsByIllustrativeTrue();

    /** Demo data: every provider there is was invented by the generator. */
    @Modifying
    @Query("update Provider p set p.illustrative = true")
    int markAllIllustrative();

    /** [IČO, id, content hash] of every provider with an IČO: the import's index. */
    @Query("select p.ico, p.id, p.contentHash from Provider p where p.ico is not null")
    List<Object[]> icoIndex();
}
