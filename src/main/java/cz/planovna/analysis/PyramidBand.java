package cz.planovna.analysis;

/** One five-year band of the age pyramid: label ("0–4", "85+") and the men and women in it. */
public record PyramidBand(String label, long men, long women) {

    static String label(int index) {
        return index == AgeBand.BANDS - 1 ? "85+" : (index * 5) + "–" + (index * 5 + 4);
    }
}
