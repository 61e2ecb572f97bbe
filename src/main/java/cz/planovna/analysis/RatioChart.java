package cz.planovna.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars of each indicator per 1,000 inhabitants: the ORP (solid), the kraj (hatched) and
 * the country (outlined), each labelled with its name and value, so neither colour nor length is
 * the only cue. Indicators have different units, so each group is scaled to its own largest value.
 */
public record RatioChart(List<Group> groups, int height) {

    public static final int WIDTH = 720;
    static final int LABEL_WIDTH = 110;
    static final int PLOT_WIDTH = 480;
    static final int BAR = 18;
    static final int GAP = 6;
    static final int HEADING = 26;
    static final int AFTER = 18;

    /** kind: orp, region or country (the CSS class and the label). */
    public record Bar(String kind, int y, int width, Double value, int textY) {
        public java.math.BigDecimal valueText() {
            return Decimals.of(value, 2);
        }

        public int valueX() {
            return LABEL_WIDTH + width + 8;
        }
    }

    public record Group(NetworkRule rule, int headingY, List<Bar> bars) {}

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    public int plotLeft() {
        return LABEL_WIDTH;
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    static RatioChart of(List<NetworkReport.RatioRow> rows) {
        List<Group> groups = new ArrayList<>();
        int y = 0;
        for (NetworkReport.RatioRow row : rows) {
            Double[] values = {row.orpRatio(), row.regionRatio(), row.countryRatio()};
            String[] kinds = {"orp", "region", "country"};
            double max = 0;
            for (Double v : values) {
                max = v == null ? max : Math.max(max, v);
            }
            int headingY = y + 18;
            int barY = y + HEADING;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int width = values[i] == null || max == 0 ? 0 : (int) Math.round(values[i] / max * PLOT_WIDTH);
                bars.add(new Bar(kinds[i], barY, width, values[i], barY + BAR - 4));
                barY += BAR + GAP;
            }
            groups.add(new Group(row.rule(), headingY, bars));
            y = barY + AFTER - GAP;
        }
        return new RatioChart(groups, Math.max(y, 40));
    }
}
