package cz.planovna.strategy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.core.io.ClassPathResource;

/**
 * Charts of the plan document drawn with Java2D as PNG (openhtmltopdf has no SVG support here): the
 * same input gives the same picture (the bundled DejaVu Sans, no system fonts, no alpha channel, so
 * PDF/A accepts it). Every chart carries its figures as text on the bars and is followed in the
 * document by a table with the same numbers; nothing is told by colour alone (men left, women
 * right, each side labelled). Drawn at twice the printed size for a sharp print.
 */
final class PlanCharts {

    static final int WIDTH = 1200;
    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color GRID = new Color(0xC8, 0xD0, 0xDA);
    private static final Color BAR = new Color(0x1F, 0x5F, 0x99);
    private static final Color BAR_OTHER = new Color(0x8A, 0x4B, 0x08);
    private static final Font BASE = loadFont();

    /** One bar: its label, its length and the text printed after it. */
    record Bar(String label, double value, String valueText) {}

    private PlanCharts() {}

    /**
     * Horizontal bars, one per row, longest first as given; lengths relative to the largest value.
     */
    static byte[] bars(List<Bar> bars) {
        int rowHeight = 44;
        int top = 20;
        int height = top + Math.max(1, bars.size()) * rowHeight + 20;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        Font font = BASE.deriveFont(22f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(b.label()));
        }
        labelWidth = Math.min(labelWidth, WIDTH * 45 / 100);
        int x0 = 20 + labelWidth + 14;
        int valueSpace = 0;
        for (Bar b : bars) {
            valueSpace = Math.max(valueSpace, fm.stringWidth(b.valueText()));
        }
        int span = Math.max(50, WIDTH - x0 - valueSpace - 30);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        g.setColor(GRID);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x0, top - 6, x0, top + bars.size() * rowHeight);
        int y = top;
        for (Bar b : bars) {
            int length = max <= 0 ? 0 : (int) Math.round(span * Math.max(0, b.value()) / max);
            g.setColor(BAR);
            g.fillRect(x0, y + 6, Math.max(length, b.value() > 0 ? 2 : 0), rowHeight - 14);
            g.setColor(INK);
            int baseline = y + rowHeight / 2 + fm.getAscent() / 2 - 3;
            g.drawString(
                    fit(b.label(), fm, labelWidth), x0 - 14 - fm.stringWidth(fit(b.label(), fm, labelWidth)), baseline);
            g.drawString(b.valueText(), x0 + length + 10, baseline);
            y += rowHeight;
        }
        return png(g, image);
    }

    /** One band of a population pyramid: its label and the two sides. */
    record Band(String label, long men, long women) {}

    /**
     * A population pyramid: youngest band at the bottom, men to the left and women to the right of
     * the middle (each side titled), both sides on one scale, the numbers printed at the bars.
     */
    static byte[] pyramid(
            List<Band> bands, String menTitle, String womenTitle, java.util.function.LongFunction<String> format) {
        int rowHeight = 30;
        int top = 56;
        int labelWidth = 110;
        int height = top + Math.max(1, bands.size()) * rowHeight + 20;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        Font font = BASE.deriveFont(19f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int middle = WIDTH / 2;
        int side = (WIDTH - labelWidth) / 2 - 20;
        int numberSpace = 0;
        long max = 0;
        for (Band b : bands) {
            max = Math.max(max, Math.max(b.men(), b.women()));
            numberSpace = Math.max(
                    numberSpace,
                    Math.max(fm.stringWidth(format.apply(b.men())), fm.stringWidth(format.apply(b.women()))));
        }
        int span = Math.max(50, side - numberSpace - 16);
        Font titleFont = BASE.deriveFont(Font.BOLD, 22f);
        g.setFont(titleFont);
        FontMetrics tm = g.getFontMetrics();
        g.setColor(INK);
        g.drawString(menTitle, middle - labelWidth / 2 - 10 - tm.stringWidth(menTitle), 32);
        g.drawString(womenTitle, middle + labelWidth / 2 + 10, 32);
        g.setFont(font);
        int y = top + (bands.size() - 1) * rowHeight;
        for (Band b : bands) {
            int men = max == 0 ? 0 : (int) Math.round(span * (double) b.men() / max);
            int women = max == 0 ? 0 : (int) Math.round(span * (double) b.women() / max);
            int left = middle - labelWidth / 2;
            int right = middle + labelWidth / 2;
            g.setColor(BAR);
            g.fillRect(left - men, y + 3, men, rowHeight - 6);
            g.setColor(BAR_OTHER);
            g.fillRect(right, y + 3, women, rowHeight - 6);
            g.setColor(INK);
            int baseline = y + rowHeight / 2 + fm.getAscent() / 2 - 3;
            g.drawString(b.label(), middle - fm.stringWidth(b.label()) / 2, baseline);
            String m = format.apply(b.men());
            g.drawString(m, left - men - 8 - fm.stringWidth(m), baseline);
            g.drawString(format.apply(b.women()), right + women + 8, baseline);
            y -= rowHeight;
        }
        g.setColor(GRID);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(middle - labelWidth / 2, top - 4, middle - labelWidth / 2, top + bands.size() * rowHeight);
        g.drawLine(middle + labelWidth / 2, top - 4, middle + labelWidth / 2, top + bands.size() * rowHeight);
        return png(g, image);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static byte[] png(Graphics2D g, BufferedImage image) {
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("chart could not be written", e);
        }
    }

    private static Font loadFont() {
        try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the chart font is missing", e);
        }
    }
}
