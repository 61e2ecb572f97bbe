package cz.planovna.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueCodeRepository extends JpaRepository<CatalogueCode, String> {}
