package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MunicipalityView;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator writes the importer's format, the same for the same seed, and the population ages. */
class DemographicsGeneratorTest {

    static final List<MunicipalityView> OBCE = List.of(
            new MunicipalityView(549240, "Písek", "Město", 3108, "Písek", "Písek"),
            new MunicipalityView(549584, "Mirotice", "Město", 3108, "Písek", "Písek"),
            new MunicipalityView(549401, "Kestřany", "Obec", 3108, "Písek", "Písek"));

    static String generate(long seed) {
        StringWriter out = new StringWriter();
        DemographicsGenerator.write(out, OBCE, "Písek", 2019, 2024, seed);
        return out.toString();
    }

    @Test
    void sameSeedSameFiguresOtherSeedOtherFigures() {
        assertThat(generate(7)).isEqualTo(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void writesTheFormatTheImporterReadsWithoutARejectedRow() {
        String csv = generate(2026);
        assertThat(csv).startsWith(DemographicsGenerator.HEADER);
        List<PopulationCsv.Line> lines = new ArrayList<>();
        PopulationCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), lines::add);
        // 3 obce × 6 years × 2 sexes × 18 bands
        assertThat(lines).hasSize(3 * 6 * 2 * 18).allMatch(l -> l instanceof PopulationCsv.Figure);
    }

    @Test
    void thePopulationAgesAndTheSeatIsTheLargest() {
        String csv = generate(2026);
        List<PopulationStore.Row> rows = new ArrayList<>();
        PopulationCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), l -> {
            PopulationCsv.Figure f = (PopulationCsv.Figure) l;
            rows.add(new PopulationStore.Row(
                    f.municipality(),
                    f.refDate(),
                    f.sex().code(),
                    f.age().from(),
                    f.age().to(),
                    f.persons(),
                    true));
        });
        DistrictDetail district = new DistrictDetail(
                new DistrictSummary(3108, "Písek", 3034, "Jihočeský kraj", 3, true), 1, "Písek", 0, OBCE);
        DemographicsReport report = DemographicsQueries.compute(district, rows, null, ObecSort.OBYVATEL, 1, 20);
        List<YearSummary> trend = report.trend();
        assertThat(trend).extracting(YearSummary::year).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(trend.get(5).oldestShare()).isGreaterThan(trend.get(0).oldestShare());
        assertThat(trend.get(5).seniorsShare()).isGreaterThan(trend.get(0).seniorsShare());
        assertThat(trend.get(5).ageingIndex()).isGreaterThan(trend.get(0).ageingIndex());
        // plausible Czech shares: 65+ around a fifth, children around a seventh
        assertThat(trend.get(0).seniorsShare().doubleValue()).isBetween(14.0, 30.0);
        assertThat(trend.get(0).childrenShare().doubleValue()).isBetween(10.0, 20.0);
        assertThat(report.obce().rows().get(0).name()).isEqualTo("Písek");
        // more women than men among the oldest
        PyramidBand oldest = report.pyramid().get(17);
        assertThat(oldest.women()).isGreaterThan(oldest.men());
    }
}
