package cz.planovna.territory;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Integer> {}
