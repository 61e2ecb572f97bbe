package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printable catalogue of one ORP: chapters by target group, Czech-sorted. A service is printed
 * in full once, in the chapter of its first target group (the register lists the main one first),
 * and every other chapter it belongs to has a one-line reference to that page: the reader finds it
 * under each group, and the catalogue does not grow by the number of groups.
 */
public record PrintedCatalogue(
        int orpCode,
        String orpName,
        LocalDate dataDate,
        LocalDate printedOn,
        int serviceCount,
        boolean illustrative,
        List<Chapter> chapters) {

    /** A target group with its services in Czech name order. */
    public record Chapter(String anchor, String title, List<Entry> entries) {}

    /** A service in a chapter: printed in full there, or a reference to its chapter. */
    public record Entry(ServicePage page, boolean full, String anchor, String mainChapter) {

        public ServiceDetail service() {
            return page.service();
        }
    }

    public boolean empty() {
        return serviceCount == 0;
    }

    static PrintedCatalogue of(
            int orpCode,
            String orpName,
            LocalDate dataDate,
            LocalDate printedOn,
            List<ServicePage> services,
            boolean illustrative,
            String otherGroup) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        List<ServicePage> sorted = new ArrayList<>(services);
        sorted.sort(CzechCollation.comparing(p -> p.service().name()));
        for (ServicePage page : sorted) {
            List<CodeView> groups = page.service().targetGroups();
            String anchor = "s" + page.service().id();
            if (groups.isEmpty()) {
                titles.put("", otherGroup);
                entries.computeIfAbsent("", k -> new ArrayList<>()).add(new Entry(page, true, anchor, otherGroup));
                continue;
            }
            String main = CatalogueSearch.capitalized(groups.get(0).name());
            for (int i = 0; i < groups.size(); i++) {
                CodeView group = groups.get(i);
                if (entries.containsKey(group.code()) && i > 0 && isListed(entries.get(group.code()), page)) {
                    continue;
                }
                titles.put(group.code(), CatalogueSearch.capitalized(group.name()));
                entries.computeIfAbsent(group.code(), k -> new ArrayList<>())
                        .add(new Entry(page, i == 0, anchor, main));
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
            chapters.add(new Chapter("g" + n++, titles.get(e.getKey()), List.copyOf(e.getValue())));
        }
        // "other services" last, the groups in Czech order before it
        chapters.sort((a, b) -> a.title().equals(otherGroup)
                ? 1
                : b.title().equals(otherGroup)
                        ? -1
                        : CzechCollation.comparator().compare(a.title(), b.title()));
        return new PrintedCatalogue(
                orpCode, orpName, dataDate, printedOn, services.size(), illustrative, List.copyOf(chapters));
    }

    /** A group code listed twice for one service must not print it twice. */
    private static boolean isListed(List<Entry> chapter, ServicePage page) {
        return !chapter.isEmpty() && chapter.get(chapter.size() - 1).page() == page;
    }
}
