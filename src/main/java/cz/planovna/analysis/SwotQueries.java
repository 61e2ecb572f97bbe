package cz.planovna.analysis;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SWOT analyses for other modules (the plan document, measure justification): items ranked by
 * the members' averages, never anybody's own scores. No access check here: the calling page
 * decides who sees what it shows.
 */
@Service
@Transactional(readOnly = true)
public class SwotQueries {

    private final SwotService swots;

    SwotQueries(SwotService swots) {
        this.swots = swots;
    }

    /** The SWOT analyses of an ORP in Czech order of names, items ranked within each quadrant. */
    public List<SwotView> swots(int districtCode) {
        return swots.allSwots(districtCode);
    }

    /** The SWOT items with these ids (of any ORP). */
    public List<SwotItemRef> itemsByIds(Collection<Long> ids) {
        return swots.itemsByIds(ids);
    }
}
