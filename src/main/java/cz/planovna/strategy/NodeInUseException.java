package cz.planovna.strategy;

import java.util.List;

/** A measure or activity cannot be removed from the plan: action plans contain it (a 409 page). */
class NodeInUseException extends RuntimeException {

    private final int code;
    private final long planId;
    private final String nodeTitle;
    private final List<ActionPlanReferences.Reference> references;

    NodeInUseException(int code, long planId, String nodeTitle, List<ActionPlanReferences.Reference> references) {
        super("node in use by action plans: " + nodeTitle);
        this.code = code;
        this.planId = planId;
        this.nodeTitle = nodeTitle;
        this.references = List.copyOf(references);
    }

    int code() {
        return code;
    }

    long planId() {
        return planId;
    }

    String nodeTitle() {
        return nodeTitle;
    }

    List<ActionPlanReferences.Reference> references() {
        return references;
    }
}
