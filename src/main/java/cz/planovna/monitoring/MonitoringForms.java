package cz.planovna.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one measure in a year: the measure and its activities (state, comment, spending by
 * funding source, as typed) and its indicators' actual values (as typed), each with the version
 * the form was opened with (null: nothing stored yet). Mutable beans for data binding of lists.
 */
public class MonitoringForms {

    private MonitoringForms() {}

    /** The measure's form. */
    public static class MeasureEntryForm {

        private List<ItemEntry> items = new ArrayList<>();
        private List<ActualEntry> actuals = new ArrayList<>();

        public List<ItemEntry> getItems() {
            return items;
        }

        public void setItems(List<ItemEntry> items) {
            this.items = items;
        }

        public List<ActualEntry> getActuals() {
            return actuals;
        }

        public void setActuals(List<ActualEntry> actuals) {
            this.actuals = actuals;
        }
    }

    /** A measure or an activity. */
    public static class ItemEntry {

        private Long nodeId;
        private Long version;
        private String state = ItemState.NOT_STARTED.name();
        private String comment = "";
        private Map<String, String> spent = new LinkedHashMap<>();

        public ItemEntry() {}

        ItemEntry(Long nodeId, Long version, String state, String comment, Map<String, String> spent) {
            this.nodeId = nodeId;
            this.version = version;
            this.state = state;
            this.comment = comment;
            this.spent = spent;
        }

        public Long getNodeId() {
            return nodeId;
        }

        public void setNodeId(Long nodeId) {
            this.nodeId = nodeId;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public Map<String, String> getSpent() {
            return spent;
        }

        public void setSpent(Map<String, String> spent) {
            this.spent = spent;
        }
    }

    /** An indicator's actual value of the year. */
    public static class ActualEntry {

        private Long indicatorId;
        private Long version;
        private String value = "";

        public ActualEntry() {}

        ActualEntry(Long indicatorId, Long version, String value) {
            this.indicatorId = indicatorId;
            this.version = version;
            this.value = value;
        }

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
