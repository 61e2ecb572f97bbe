package cz.planovna.strategy;

import cz.planovna.shared.text.CzechTypography;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan document as data, independent of the output format: a title page and numbered chapters
 * of paragraphs, lists and tables. The PDF, DOCX and XLSX writers render the same model, so the
 * three files always say the same. Texts are final (Czech typography is applied by the writers).
 */
record PlanDocumentModel(
        String title, String orpName, String subtitle, List<String> titleFacts, String footer, List<Section> chapters) {

    /** A chapter (level 1) or subchapter (level 2); {@code id} is its anchor in the PDF. */
    record Section(String id, String heading, List<Block> blocks, List<Section> subsections) {

        Section {
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }
    }

    /** {@code kind()} lets templates tell the blocks apart: paragraph, items or table. */
    sealed interface Block permits Paragraph, Items, Table, Figure {
        String kind();
    }

    record Paragraph(String text) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    record Items(List<String> items) implements Block {
        @Override
        public String kind() {
            return "items";
        }
    }

    /**
     * A table with one header row; {@code sheet} names its sheet in the XLSX export (unique,
     * at most 31 characters). Rows marked {@code total} are sums and print in bold.
     */
    record Table(String sheet, String caption, List<String> header, List<Row> rows, boolean numbersRight)
            implements Block {
        @Override
        public String kind() {
            return "table";
        }
    }

    record Row(List<Cell> cells, boolean total) {}

    /**
     * A chart drawn as PNG ({@link PlanCharts}): {@code alt} is its text alternative (the tagged
     * PDF's /Alt, the DOCX picture's description); a table with the same figures follows it.
     * Size in pixels at 2× the printed size (printed width {@code width / 2} px at 96 dpi).
     */
    record Figure(String caption, String alt, byte[] png, int width, int height) implements Block {
        @Override
        public String kind() {
            return "figure";
        }

        /** The PNG as a data URI for the PDF template. */
        public String dataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        }

        /** Printed width in millimetres (the chart spans the text width at most). */
        public double widthMm() {
            return Math.min(170.0, width / 2.0 * 25.4 / 96.0);
        }
    }

    /** A cell as printed; {@code value} is the number behind it for the spreadsheet, else null. */
    record Cell(String text, Number value) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }
    }

    /** The same document with Czech typography applied to every text (PDF and DOCX print this). */
    PlanDocumentModel typeset() {
        return new PlanDocumentModel(
                t(title),
                t(orpName),
                t(subtitle),
                titleFacts.stream().map(PlanDocumentModel::t).toList(),
                t(footer),
                chapters.stream().map(PlanDocumentModel::typeset).toList());
    }

    private static Section typeset(Section s) {
        return new Section(
                s.id(),
                t(s.heading()),
                s.blocks().stream().map(PlanDocumentModel::typeset).toList(),
                s.subsections().stream().map(PlanDocumentModel::typeset).toList());
    }

    private static Block typeset(Block b) {
        if (b instanceof Paragraph p) {
            return new Paragraph(t(p.text()));
        }
        if (b instanceof Items i) {
            return new Items(i.items().stream().map(PlanDocumentModel::t).toList());
        }
        if (b instanceof Figure f) {
            return new Figure(t(f.caption()), t(f.alt()), f.png(), f.width(), f.height());
        }
        Table table = (Table) b;
        return new Table(
                table.sheet(),
                t(table.caption()),
                table.header().stream().map(PlanDocumentModel::t).toList(),
                table.rows().stream()
                        .map(r -> new Row(
                                r.cells().stream()
                                        .map(c -> new Cell(t(c.text()), c.value()))
                                        .toList(),
                                r.total()))
                        .toList(),
                table.numbersRight());
    }

    private static String t(String text) {
        return CzechTypography.apply(text);
    }

    /** The chapters and their subchapters: what the table of contents lists. */
    public List<TocEntry> toc() {
        List<TocEntry> entries = new ArrayList<>();
        for (Section c : chapters) {
            entries.add(new TocEntry(c.id(), c.heading(), 1));
            c.subsections().forEach(s -> entries.add(new TocEntry(s.id(), s.heading(), 2)));
        }
        return entries;
    }

    record TocEntry(String id, String heading, int level) {}

    /** Every table of the document, depth first. */
    List<Table> tables() {
        List<Table> all = new ArrayList<>();
        chapters.forEach(c -> collect(c, all));
        return all;
    }

    private static void collect(Section section, List<Table> into) {
        section.blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .forEach(into::add);
        section.subsections().forEach(s -> collect(s, into));
    }

    /** Helps section providers put a chapter together. */
    static final class SectionBuilder {
        private final String id;
        private final String heading;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Section> subsections = new ArrayList<>();

        SectionBuilder(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }

        SectionBuilder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Paragraph(text.strip()));
            }
            return this;
        }

        SectionBuilder items(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Items(List.copyOf(items)));
            }
            return this;
        }

        SectionBuilder table(Table table) {
            blocks.add(table);
            return this;
        }

        SectionBuilder figure(Figure figure) {
            blocks.add(figure);
            return this;
        }

        SectionBuilder sub(Section section) {
            subsections.add(section);
            return this;
        }

        Section build() {
            return new Section(id, heading, blocks, subsections);
        }
    }
}
