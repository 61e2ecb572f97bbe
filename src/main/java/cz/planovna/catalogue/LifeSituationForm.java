package cz.planovna.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The coordinator's form of a life situation, bound from the request. */
public class LifeSituationForm {

    private String title;
    private String answer;
    private String sortOrder = "0";
    private List<String> serviceTypes = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private long version;

    static LifeSituationForm of(LifeSituationView s) {
        LifeSituationForm form = new LifeSituationForm();
        form.title = s.title();
        form.answer = s.answer();
        form.sortOrder = String.valueOf(s.sortOrder());
        form.serviceTypes = new ArrayList<>(s.serviceTypeCodes());
        form.targetGroups = new ArrayList<>(s.targetGroupCodes());
        form.version = s.version();
        return form;
    }

    /** The order as a number, or null when it is not one between 0 and 9999. */
    Integer order() {
        if (sortOrder == null || sortOrder.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(sortOrder.strip());
            return n >= 0 && n <= 9999 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LifeSituationContent content() {
        return new LifeSituationContent(title, answer, order(), serviceTypes, targetGroups);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }

    public List<String> getServiceTypes() {
        return serviceTypes;
    }

    public void setServiceTypes(List<String> serviceTypes) {
        this.serviceTypes = serviceTypes == null ? new ArrayList<>() : serviceTypes;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
