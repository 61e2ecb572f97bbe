package cz.planovna.analysis;

import cz.planovna.analysis.SwotView.QuadrantItems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks SWOT items from the members' votes: per item the arithmetic mean of its scores (rounded
 * to two decimals) and the number of votes; within each quadrant the highest mean first, then
 * more votes, then items without votes in the order they were written.
 */
final class SwotRanking {

    private SwotRanking() {}

    static final Comparator<SwotItemView> BEST_FIRST = Comparator.comparing(
                    (SwotItemView i) -> i.average() == null ? -1.0 : i.average())
            .reversed()
            .thenComparing(Comparator.comparingInt(SwotItemView::votes).reversed());

    /** Items in creation order, all votes of them, and the viewer whose own score is returned. */
    static List<QuadrantItems> rank(List<SwotItem> items, List<SwotVote> votes, long viewerId) {
        Map<Long, int[]> sums = new HashMap<>(); // item → {sum, count}
        Map<Long, Integer> mine = new HashMap<>();
        for (SwotVote v : votes) {
            int[] s = sums.computeIfAbsent(v.itemId(), k -> new int[2]);
            s[0] += v.score();
            s[1]++;
            if (v.userId() == viewerId) {
                mine.put(v.itemId(), v.score());
            }
        }
        Map<Quadrant, List<SwotItemView>> byQuadrant = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            byQuadrant.put(q, new ArrayList<>());
        }
        List<SwotItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(SwotItem::createdAt).thenComparing(SwotItem::id));
        for (SwotItem item : ordered) {
            int[] s = sums.get(item.id());
            Double average = s == null ? null : average(s[0], s[1]);
            byQuadrant
                    .get(item.quadrant())
                    .add(new SwotItemView(
                            item.id(),
                            item.swotId(),
                            item.quadrant(),
                            item.text(),
                            average,
                            s == null ? 0 : s[1],
                            mine.get(item.id()),
                            item.version()));
        }
        List<QuadrantItems> result = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            List<SwotItemView> list = byQuadrant.get(q);
            list.sort(BEST_FIRST); // stable: unvoted items keep the order they were written in
            result.add(new QuadrantItems(q, List.copyOf(list)));
        }
        return result;
    }

    static double average(int sum, int count) {
        return Math.round(sum * 100.0 / count) / 100.0;
    }

    /** How many different members voted on any of the items. */
    static int voters(List<SwotVote> votes) {
        Set<Long> users = new HashSet<>();
        votes.forEach(v -> users.add(v.userId()));
        return users.size();
    }
}
