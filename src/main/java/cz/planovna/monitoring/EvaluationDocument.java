package cz.planovna.monitoring;

import cz.planovna.shared.text.CzechTypography;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation document as data, independent of the format: a title page and chapters of
 * paragraphs and tables. The PDF and DOCX writers render the same model, so both files say the
 * same. {@link #typeset()} applies Czech typography to every text.
 */
record EvaluationDocument(
        String title, String orpName, String subtitle, List<String> titleFacts, String footer, List<Chapter> chapters) {

    record Chapter(String id, String heading, List<Block> blocks, List<Chapter> subchapters) {
        Chapter {
            blocks = List.copyOf(blocks);
            subchapters = List.copyOf(subchapters);
        }
    }

    sealed interface Block permits Paragraph, Table {
        String kind();
    }

    record Paragraph(String text) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    /** A table with one header row; {@code numeric} marks right-aligned columns. */
    record Table(String caption, List<String> header, List<Boolean> numeric, List<Row> rows) implements Block {
        @Override
        public String kind() {
            return "table";
        }

        public boolean right(int column) {
            return column < numeric.size() && numeric.get(column);
        }
    }

    /** {@code level} 0 = plain row, 1 = priority, 2 = goal (printed in bold), 9 = total. */
    record Row(List<String> cells, int level) {
        public boolean bold() {
            return level > 0 && level != 3;
        }
    }

    EvaluationDocument typeset() {
        return new EvaluationDocument(
                t(title),
                t(orpName),
                t(subtitle),
                titleFacts.stream().map(EvaluationDocument::t).toList(),
                t(footer),
                chapters.stream().map(EvaluationDocument::typeset).toList());
    }

    private static Chapter typeset(Chapter c) {
        return new Chapter(
                c.id(),
                t(c.heading()),
                c.blocks().stream().map(EvaluationDocument::typeset).toList(),
                c.subchapters().stream().map(EvaluationDocument::typeset).toList());
    }

    private static Block typeset(Block b) {
        if (b instanceof Paragraph p) {
            return new Paragraph(t(p.text()));
        }
        Table table = (Table) b;
        return new Table(
                t(table.caption()),
                table.header().stream().map(EvaluationDocument::t).toList(),
                table.numeric(),
                table.rows().stream()
                        .map(r -> new Row(
                                r.cells().stream().map(EvaluationDocument::t).toList(), r.level()))
                        .toList());
    }

    private static String t(String text) {
        return text == null ? "" : CzechTypography.apply(text);
    }

    /** Every table, depth first (tests read figures from them). */
    List<Table> tables() {
        List<Table> all = new ArrayList<>();
        chapters.forEach(c -> collect(c, all));
        return all;
    }

    private static void collect(Chapter c, List<Table> into) {
        c.blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .forEach(into::add);
        c.subchapters().forEach(s -> collect(s, into));
    }
}
