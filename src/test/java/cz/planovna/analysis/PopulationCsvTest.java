package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.analysis.PopulationCsv.Figure;
import cz.planovna.analysis.PopulationCsv.Line;
import cz.planovna.analysis.PopulationCsv.Rejected;
import cz.planovna.analysis.PopulationCsv.Total;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader of ČSÚ's long CSV: the sample, every kind of rejected row, totals and encodings. */
class PopulationCsvTest {

    static List<Line> read(InputStream in) {
        List<Line> lines = new ArrayList<>();
        PopulationCsv.read(in, lines::add);
        return lines;
    }

    static Rejection onlyRejection(AnalysisMother.Csv csv) {
        List<Line> lines = read(csv.stream());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).isInstanceOf(Rejected.class);
        return ((Rejected) lines.get(0)).rejection();
    }

    @Test
    void readsTheSampleOfTheCzechStatisticalOffice() {
        List<Line> lines = read(AnalysisMother.resource("population_sample.csv"));
        assertThat(lines).hasSize(72).allMatch(l -> l instanceof Figure);
        Figure first = (Figure) lines.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.municipality()).isEqualTo(549584);
        assertThat(first.name()).isEqualTo("Mirotice");
        assertThat(first.refDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(first.sex()).isEqualTo(Sex.MEN);
        assertThat(first.age()).isEqualTo(new AgeBand(0, 4));
        assertThat(first.persons()).isEqualTo(51);
        Figure last = (Figure) lines.get(71);
        assertThat(last.sex()).isEqualTo(Sex.WOMEN);
        assertThat(last.age()).isEqualTo(new AgeBand(85, null));
        assertThat(last.persons()).isEqualTo(983);
        assertThat(lines.stream().mapToInt(l -> ((Figure) l).persons()).sum()).isEqualTo(46_181);
    }

    @Test
    void totalsOfBothSexesAllAgesAndHigherTerritoriesAreSkipped() {
        AnalysisMother.Csv csv = new AnalysisMother.Csv()
                .raw("2005", "", "0 až 4 (let)", "43", "549584", "2024-12-31")
                .raw("2005", "1", "", "43", "549584", "2024-12-31")
                .raw("2005", "1", "Celkem", "43", "549584", "2024-12-31")
                .raw("70000", "1", "0 až 4 (let)", "65", "3108", "2024-12-31")
                .raw("700000", "1", "0 až 4 (let)", "100", "3034", "2024-12-31")
                .raw("10000000", "1", "0 až 4 (let)", "97", "19", "2024-12-31");
        assertThat(read(csv.stream())).hasSize(6).allMatch(l -> l instanceof Total);
    }

    @Test
    void aBadNumberIsRejected() {
        for (String value : List.of("abc", "-5", "1.5", "1 234", "")) {
            Rejection r = onlyRejection(
                    new AnalysisMother.Csv().raw(value, "1", "0 až 4 (let)", "43", "549584", "2024-12-31"));
            assertThat(r.messageKey()).as(value).isEqualTo("analysis.import.reject.number");
            assertThat(r.line()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownAgeIsRejected() {
        Rejection r = onlyRejection(new AnalysisMother.Csv().row(549584, "2024-12-31", 1, "neznámo", 5));
        assertThat(r.messageKey()).isEqualTo("analysis.import.reject.age");
        assertThat(r.arguments()).containsExactly("neznámo");
        assertThat(onlyRejection(new AnalysisMother.Csv().row(549584, "2024-12-31", 1, "150 (let)", 5))
                        .messageKey())
                .isEqualTo("analysis.import.reject.age");
    }

    @Test
    void aBandAcrossFiveYearGroupsIsRejected() {
        assertThat(onlyRejection(new AnalysisMother.Csv().row(549584, "2024-12-31", 1, "0 až 14 (let)", 5))
                        .messageKey())
                .isEqualTo("analysis.import.reject.ageBand");
        assertThat(onlyRejection(new AnalysisMother.Csv().row(549584, "2024-12-31", 1, "65 a více (let)", 5))
                        .messageKey())
                .isEqualTo("analysis.import.reject.ageBand");
    }

    @Test
    void anUnknownSexIsRejected() {
        Rejection r =
                onlyRejection(new AnalysisMother.Csv().raw("5", "3", "0 až 4 (let)", "43", "549584", "2024-12-31"));
        assertThat(r.messageKey()).isEqualTo("analysis.import.reject.sex");
    }

    @Test
    void aWrongTerritoryTypeIsRejected() {
        Rejection r =
                onlyRejection(new AnalysisMother.Csv().raw("5", "1", "0 až 4 (let)", "44", "549584", "2024-12-31"));
        assertThat(r.messageKey()).isEqualTo("analysis.import.reject.territoryType");
        assertThat(r.arguments()).containsExactly("44");
    }

    @Test
    void aMalformedMunicipalityCodeOrDateIsRejected() {
        assertThat(onlyRejection(new AnalysisMother.Csv().raw("5", "1", "0 až 4 (let)", "43", "54958", "2024-12-31"))
                        .messageKey())
                .isEqualTo("analysis.import.reject.municipalityCode");
        assertThat(onlyRejection(new AnalysisMother.Csv().raw("5", "1", "0 až 4 (let)", "43", "549584", "31.12.2024"))
                        .messageKey())
                .isEqualTo("analysis.import.reject.date");
    }

    @Test
    void aRowWithAnotherNumberOfValuesIsRejected() {
        Rejection r = onlyRejection(new AnalysisMother.Csv().line("1,5,\"4355\""));
        assertThat(r.messageKey()).isEqualTo("analysis.import.reject.columns");
        assertThat(r.arguments()).containsExactly("13", "3");
        assertThat(onlyRejection(new AnalysisMother.Csv().line("1,\"5,\"4355\""))
                        .messageKey())
                .isEqualTo("analysis.import.reject.columns");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        InputStream in = new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(in)).isInstanceOfSatisfying(PopulationCsv.FileRefused.class, e -> {
            assertThat(e.reason().messageKey()).isEqualTo("analysis.import.file.columns");
            assertThat(e.reason().arguments().get(0)).contains("hodnota").contains("vek_txt");
        });
        assertThatThrownBy(() -> read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(
                        PopulationCsv.FileRefused.class,
                        e -> assertThat(e.reason().messageKey()).isEqualTo("analysis.import.file.empty"));
    }

    @Test
    void olderFilesInWindows1250AreReadToo() {
        String text = new AnalysisMother.Csv().text().replace("\"vuzemi_txt\"", "\"vuzemi_txt\"")
                + "1,51,\"4355\",\"102\",\"2\",\"1\",\"04\",\"43\",\"549584\",\"2024-12-31\",\"žena\",\"0 až 4 (let)\",\"Mirotice – Čížová\"\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1250"));
        List<Line> lines = read(new ByteArrayInputStream(bytes));
        assertThat(lines).hasSize(1);
        Figure f = (Figure) lines.get(0);
        assertThat(f.name()).isEqualTo("Mirotice – Čížová");
        assertThat(f.age()).isEqualTo(new AgeBand(0, 4));
        assertThat(f.sex()).isEqualTo(Sex.WOMEN);
    }

    @Test
    void ageTextsOfTheStatisticalOffice() {
        assertThat(AgeBand.parse("0 až 4 (let)")).isEqualTo(new AgeBand(0, 4));
        assertThat(AgeBand.parse("85 a více (let)")).isEqualTo(new AgeBand(85, null));
        assertThat(AgeBand.parse("37 (let)")).isEqualTo(new AgeBand(37, 37));
        assertThat(AgeBand.parse("37")).isEqualTo(new AgeBand(37, 37));
        assertThat(AgeBand.parse("100 a více")).isEqualTo(new AgeBand(100, null));
        assertThat(AgeBand.parse("dítě")).isNull();
        assertThat(new AgeBand(0, 4).csuCode()).isEqualTo("04");
        assertThat(new AgeBand(10, 14).csuCode()).isEqualTo("1014");
        assertThat(new AgeBand(85, null).csuText()).isEqualTo("85 a více (let)");
        assertThat(new AgeBand(92, 92).pyramidBand()).isEqualTo(17);
        assertThat(new AgeBand(14, 14).pyramidBand()).isEqualTo(2);
    }
}
