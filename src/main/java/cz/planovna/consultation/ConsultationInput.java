package cz.planovna.consultation;

import java.time.LocalDate;

/** What the coordinator enters about a consultation (already checked by the form). */
record ConsultationInput(
        DocumentKind documentKind,
        long planId,
        Long actionPlanId,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean anonymousAllowed,
        String intro,
        String consentText,
        boolean planToCommenting) {

    long documentId() {
        return documentKind == DocumentKind.ACTION_PLAN ? actionPlanId : planId;
    }
}
