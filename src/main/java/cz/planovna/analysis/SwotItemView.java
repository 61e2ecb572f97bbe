package cz.planovna.analysis;

/**
 * A SWOT item with its ranking: the average score (null before the first vote), the number of
 * votes and the viewer's own score (null when they have not voted). Others' scores are never
 * shown one by one.
 */
public record SwotItemView(
        long id,
        long swotId,
        Quadrant quadrant,
        String text,
        Double average,
        int votes,
        Integer myScore,
        long version) {

    public boolean voted() {
        return votes > 0;
    }
}
