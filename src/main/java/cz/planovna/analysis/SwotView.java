package cz.planovna.analysis;

import java.time.Instant;
import java.util.List;

/** A SWOT analysis with its items by quadrant, each quadrant ranked by the members' average score. */
public record SwotView(
        long id,
        int districtCode,
        String name,
        Long groupId,
        String groupName,
        List<QuadrantItems> quadrants,
        int voters,
        Instant updatedAt,
        long version) {

    /** The items of one quadrant, best ranked first. */
    public record QuadrantItems(Quadrant quadrant, List<SwotItemView> items) {}

    public int itemCount() {
        return quadrants.stream().mapToInt(q -> q.items().size()).sum();
    }

    public List<SwotItemView> items(Quadrant quadrant) {
        return quadrants.stream()
                .filter(q -> q.quadrant() == quadrant)
                .findFirst()
                .map(QuadrantItems::items)
                .orElse(List.of());
    }
}
