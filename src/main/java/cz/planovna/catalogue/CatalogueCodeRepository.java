package cz.planovna.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueCodeRepository extends JpaRepository<CatalogueCode, String> {

    List<CatalogueCode> findByCodeList(String codeList);
}
