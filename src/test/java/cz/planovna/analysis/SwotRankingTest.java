package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.analysis.SwotView.QuadrantItems;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking of SWOT items from members' votes: averages computed by hand, order, own score. */
class SwotRankingTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void averagesAndCountsAreComputedPerItemAndRoundedToTwoDecimals() {
        SwotItem a = item(1, Quadrant.STRENGTH, "A", 0);
        SwotItem b = item(2, Quadrant.STRENGTH, "B", 1);
        // A: 5 + 4 + 2 = 11 / 3 = 3.666… → 3.67 ; B: 4 + 4 = 8 / 2 = 4.00
        List<SwotVote> votes = List.of(vote(1, 10, 5), vote(1, 11, 4), vote(1, 12, 2), vote(2, 10, 4), vote(2, 11, 4));

        List<SwotItemView> strengths = quadrant(SwotRanking.rank(List.of(a, b), votes, 11), Quadrant.STRENGTH);

        assertThat(strengths).extracting(SwotItemView::text).containsExactly("B", "A");
        assertThat(strengths.get(0).average()).isEqualTo(4.0);
        assertThat(strengths.get(0).votes()).isEqualTo(2);
        assertThat(strengths.get(1).average()).isEqualTo(3.67);
        assertThat(strengths.get(1).votes()).isEqualTo(3);
        // the viewer (11) sees their own scores only
        assertThat(strengths.get(0).myScore()).isEqualTo(4);
        assertThat(strengths.get(1).myScore()).isEqualTo(4);
        assertThat(SwotRanking.voters(votes)).isEqualTo(3);
    }

    @Test
    void equalAveragesPreferMoreVotesAndUnvotedItemsKeepTheirWrittenOrderAtTheEnd() {
        SwotItem first = item(1, Quadrant.THREAT, "nehodnocená první", 0);
        SwotItem once = item(2, Quadrant.THREAT, "jednou 3", 1);
        SwotItem twice = item(3, Quadrant.THREAT, "dvakrát 3", 2);
        SwotItem second = item(4, Quadrant.THREAT, "nehodnocená druhá", 3);
        List<SwotVote> votes = List.of(vote(2, 10, 3), vote(3, 10, 3), vote(3, 11, 3));

        List<SwotItemView> threats =
                quadrant(SwotRanking.rank(List.of(second, twice, once, first), votes, 99), Quadrant.THREAT);

        assertThat(threats)
                .extracting(SwotItemView::text)
                .containsExactly("dvakrát 3", "jednou 3", "nehodnocená první", "nehodnocená druhá");
        assertThat(threats.get(2).average()).isNull();
        assertThat(threats.get(2).votes()).isZero();
        assertThat(threats).allSatisfy(i -> assertThat(i.myScore()).isNull());
    }

    @Test
    void itemsStayInTheirQuadrantAndEveryQuadrantIsListedInReadingOrder() {
        SwotItem w = item(1, Quadrant.WEAKNESS, "W", 0);
        SwotItem o = item(2, Quadrant.OPPORTUNITY, "O", 1);

        List<QuadrantItems> ranked = SwotRanking.rank(List.of(o, w), List.of(vote(1, 10, 1)), 10);

        assertThat(ranked)
                .extracting(QuadrantItems::quadrant)
                .containsExactly(Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT);
        assertThat(quadrant(ranked, Quadrant.STRENGTH)).isEmpty();
        assertThat(quadrant(ranked, Quadrant.WEAKNESS))
                .extracting(SwotItemView::average)
                .containsExactly(1.0);
        assertThat(quadrant(ranked, Quadrant.OPPORTUNITY))
                .extracting(SwotItemView::text)
                .containsExactly("O");
    }

    @Test
    void aChangedVoteReplacesTheOldScoreInTheAverage() {
        SwotItem a = item(1, Quadrant.STRENGTH, "A", 0);
        SwotVote mine = vote(1, 10, 1);
        SwotVote other = vote(1, 11, 5);
        assertThat(quadrant(SwotRanking.rank(List.of(a), List.of(mine, other), 10), Quadrant.STRENGTH)
                        .get(0)
                        .average())
                .isEqualTo(3.0);

        mine.change(4, T0.plusSeconds(60)); // (4 + 5) / 2 = 4.5

        SwotItemView after = quadrant(SwotRanking.rank(List.of(a), List.of(mine, other), 10), Quadrant.STRENGTH)
                .get(0);
        assertThat(after.average()).isEqualTo(4.5);
        assertThat(after.votes()).isEqualTo(2);
        assertThat(after.myScore()).isEqualTo(4);
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vote(1, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vote(1, 10, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<SwotItemView> quadrant(List<QuadrantItems> ranked, Quadrant q) {
        return ranked.stream()
                .filter(x -> x.quadrant() == q)
                .findFirst()
                .orElseThrow()
                .items();
    }

    static SwotItem item(long id, Quadrant quadrant, String text, int minute) {
        SwotItem item = new SwotItem(7, quadrant, text, T0.plusSeconds(60L * minute));
        try {
            Field f = SwotItem.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(item, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return item;
    }

    static SwotVote vote(long itemId, long userId, int score) {
        return new SwotVote(itemId, userId, score, T0);
    }
}
