package cz.planovna.catalogue;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditProposalRepository extends JpaRepository<EditProposal, Long> {

    List<EditProposal> findByServiceIdOrderByProposedAtDescIdDesc(long serviceId);

    List<EditProposal> findByServiceIdAndState(long serviceId, ProposalState state);

    Page<EditProposal> findByDistrictCodeAndState(int districtCode, ProposalState state, Pageable page);

    Page<EditProposal> findByDistrictCodeAndStateIn(
            int districtCode, java.util.Collection<ProposalState> states, Pageable page);
}
