package cz.planovna.catalogue;

import java.util.List;

/** What the coordinator writes about a life situation; codes are register code list ids. */
public record LifeSituationContent(
        String title, String answer, int sortOrder, List<String> serviceTypes, List<String> targetGroups) {

    public LifeSituationContent {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }
}
