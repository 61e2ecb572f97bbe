package cz.planovna.strategy;

import java.util.List;

/** What a coordinator writes about a node; the measure's fields are ignored for other kinds. */
record NodeDetails(
        String title,
        String description,
        String responsible,
        MeasureKind measureKind,
        List<String> serviceTypes,
        List<String> targetGroups,
        List<Integer> municipalities,
        String justification,
        String partners) {

    NodeDetails {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    static NodeDetails simple(String title, String description, String responsible) {
        return new NodeDetails(title, description, responsible, null, List.of(), List.of(), List.of(), null, null);
    }
}
