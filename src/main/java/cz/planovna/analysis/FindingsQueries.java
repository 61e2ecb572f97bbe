package cz.planovna.analysis;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings for other modules: the strategy module (a measure cites findings) and the plan
 * document. No access check here: the calling page decides who sees what it shows (a measure's
 * cited findings are part of the plan it belongs to).
 */
@Service
@Transactional(readOnly = true)
public class FindingsQueries {

    private final FindingsService findings;

    FindingsQueries(FindingsService findings) {
        this.findings = findings;
    }

    /** All findings of an ORP by number. */
    public List<FindingView> findings(int districtCode) {
        return findings.allFindings(districtCode);
    }

    /** The findings with these ids (of any ORP), by ORP and number. */
    public List<FindingView> findingsByIds(Collection<Long> ids) {
        return findings.findingsByIds(ids);
    }
}
