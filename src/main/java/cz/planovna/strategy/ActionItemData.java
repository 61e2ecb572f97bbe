package cz.planovna.strategy;

import java.time.LocalDate;
import java.util.Map;

/** A stored action-plan item as the difference builder reads it (no JPA, easy to test). */
record ActionItemData(
        long id,
        long nodeId,
        int position,
        ItemOrigin origin,
        boolean removed,
        Map<FundingSource, Long> planned,
        Map<FundingSource, Long> budget,
        String plannedResponsible,
        String responsible,
        ActionTerm term,
        LocalDate dateFrom,
        LocalDate dateTo,
        String note,
        long version) {}
