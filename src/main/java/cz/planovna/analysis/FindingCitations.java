package cz.planovna.analysis;

import java.util.List;

/**
 * Which measures cite a finding or a SWOT item. Declared here and implemented by the strategy
 * module, so the analysis module shows the traceability without depending on plans. Without an
 * implementation nothing is cited.
 */
public interface FindingCitations {

    List<CitingMeasure> citingFinding(long findingId);

    List<CitingMeasure> citingSwotItem(long swotItemId);
}
