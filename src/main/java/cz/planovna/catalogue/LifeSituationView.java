package cz.planovna.catalogue;

import java.util.List;

/** A life situation as the pages show it; codes come with their labels. */
public record LifeSituationView(
        long id,
        int orp,
        String orpName,
        String title,
        String answer,
        int sortOrder,
        long version,
        List<CodeView> serviceTypes,
        List<CodeView> targetGroups) {

    /** The answer in paragraphs, split at blank lines. */
    public List<String> paragraphs() {
        return java.util.Arrays.stream(answer.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public List<String> serviceTypeCodes() {
        return serviceTypes.stream().map(CodeView::code).toList();
    }

    public List<String> targetGroupCodes() {
        return targetGroups.stream().map(CodeView::code).toList();
    }
}
