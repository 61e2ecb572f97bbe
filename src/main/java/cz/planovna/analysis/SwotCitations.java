package cz.planovna.analysis;

import cz.planovna.identity.TerritoryAccess.Action;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Traceability on the SWOT page: which measures of the plans cite an item (answered through
 * {@link FindingCitations}, implemented by strategy; without it nothing is cited). For those who
 * see the ORP's internal pages, like the SWOT page itself.
 */
@Component
public class SwotCitations {

    private final ObjectProvider<FindingCitations> citations;
    private final FindingsAccess access;

    SwotCitations(ObjectProvider<FindingCitations> citations, FindingsAccess access) {
        this.citations = citations;
        this.access = access;
    }

    public List<CitingMeasure> citing(int districtCode, long swotItemId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        FindingCitations c = citations.getIfAvailable();
        return c == null ? List.of() : c.citingSwotItem(swotItemId);
    }
}
