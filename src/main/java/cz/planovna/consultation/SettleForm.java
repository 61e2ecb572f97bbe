package cz.planovna.consultation;

/**
 * The settlement form as submitted: the outcome by name, the reasoning, the changed item (empty:
 * none), the comment's version the form was opened with, and whether an existing settlement is
 * being changed on purpose.
 */
class SettleForm {

    private String outcome;
    private String reasoning;
    private String changedNodeId;
    private long version = -1;
    private boolean change;

    static SettleForm of(SettlementViews.Line line) {
        SettleForm form = new SettleForm();
        SettlementRow row = line.row();
        form.outcome = row.outcome() == null ? null : row.outcome().name();
        form.reasoning = row.reasoning();
        form.changedNodeId = line.changedNodeId() == null ? null : String.valueOf(line.changedNodeId());
        form.version = line.version();
        form.change = row.settled();
        return form;
    }

    /** The outcome, or null when none was chosen or the value is not an outcome. */
    CommentOutcome parsedOutcome() {
        for (CommentOutcome o : CommentOutcome.values()) {
            if (o.name().equals(outcome)) {
                return o;
            }
        }
        return null;
    }

    /** The chosen item: null for none, -1 for a value that is not a number (no item has it). */
    Long parsedNode() {
        if (changedNodeId == null || changedNodeId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(changedNodeId.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    SettlementService.Command toCommand() {
        return new SettlementService.Command(parsedOutcome(), reasoning, parsedNode(), version, change);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public String getChangedNodeId() {
        return changedNodeId;
    }

    public void setChangedNodeId(String changedNodeId) {
        this.changedNodeId = changedNodeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isChange() {
        return change;
    }

    public void setChange(boolean change) {
        this.change = change;
    }
}
