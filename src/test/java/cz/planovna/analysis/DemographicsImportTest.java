package cz.planovna.analysis;

import static cz.planovna.analysis.AnalysisMother.BLATNA;
import static cz.planovna.analysis.AnalysisMother.MIROTICE;
import static cz.planovna.analysis.AnalysisMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import against the database: the sample twice (the second changes nothing), all or nothing,
 * rows of another ORP, unknown obce, overlapping rows, and single years replacing bands.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemographicsImportTest {

    @Autowired
    DemographicsImport importer;

    @Autowired
    DemographicsQueries queries;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    AnalysisMother mother() {
        return new AnalysisMother(users, territory);
    }

    @Test
    void theSampleImportedTwiceChangesNothingTheSecondTime() {
        mother().admin().signInHere();
        ImportResult first =
                importer.importFile(PISEK, "population_sample.csv", AnalysisMother.resource("population_sample.csv"));
        assertThat(first.applied()).isTrue();
        assertThat(first.figures()).isEqualTo(72);
        // a kept PostgreSQL test database may hold the sample from an earlier run
        assertThat(first.inserted() + first.updated() + first.unchanged()).isEqualTo(72);
        assertThat(first.rejectedCount()).isZero();

        ImportResult second =
                importer.importFile(PISEK, "population_sample.csv", AnalysisMother.resource("population_sample.csv"));
        assertThat(second.applied()).isTrue();
        assertThat(second.unchanged()).isEqualTo(72);
        assertThat(second.inserted() + second.updated() + second.removed()).isZero();
        assertThat(second.changedNothing()).isTrue();

        DemographicsReport report = queries.report(PISEK, 2024, ObecSort.NAZEV, 1);
        // computed by hand from the sample: Mirotice 2,005 + Písek 44,176
        assertThat(report.current().total()).isEqualTo(46_181);
        assertThat(report.current().men()).isEqualTo(23_011);
        assertThat(report.current().children()).isEqualTo(6_640);
        assertThat(report.current().seniors()).isEqualTo(14_439);
        assertThat(report.current().oldest()).isEqualTo(4_775);
        assertThat(report.current().seniorsShare()).isEqualByComparingTo("31.3");
        assertThat(report.current().ageingIndex()).isEqualByComparingTo("217.5");
        assertThat(report.synthetic()).isFalse();
        assertThat(report.obce().rows()).extracting(ObecRow::name).containsExactly("Mirotice", "Písek");
        assertThat(importer.recentImports(PISEK)).first().satisfies(h -> {
            assertThat(h.fileName()).isEqualTo("population_sample.csv");
            assertThat(h.unchanged()).isEqualTo(72);
            assertThat(h.importedBy()).contains("@test.planovna.cz");
        });
    }

    @Test
    void oneBadRowStoresNothingAndEveryBadRowIsReported() {
        mother().admin().signInHere();
        AnalysisMother.Csv csv = new AnalysisMother.Csv()
                .row(MIROTICE, "2011-12-31", 1, "0 až 4 (let)", 40)
                .row(MIROTICE, "2011-12-31", 1, "5 až 9 (let)", 41)
                .row(999999, "2011-12-31", 1, "0 až 4 (let)", 40)
                .row(550850, "2011-12-31", 1, "0 až 4 (let)", 40) // Blatná: another ORP
                .row(MIROTICE, "2011-12-31", 1, "3 (let)", 8) // inside 0–4 of line 2
                .raw("x", "1", "10 až 14 (let)", "43", String.valueOf(MIROTICE), "2011-12-31");
        ImportResult result = importer.importFile(PISEK, "chyby.csv", csv.stream());
        assertThat(result.applied()).isFalse();
        assertThat(result.rejectedCount()).isEqualTo(4);
        assertThat(result.rejections())
                .extracting(Rejection::line, Rejection::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "analysis.import.reject.unknownMunicipality"),
                        org.assertj.core.groups.Tuple.tuple(5L, "analysis.import.reject.otherDistrict"),
                        org.assertj.core.groups.Tuple.tuple(6L, "analysis.import.reject.overlap"),
                        org.assertj.core.groups.Tuple.tuple(7L, "analysis.import.reject.number"));
        assertThat(result.rejections().get(2).arguments()).containsExactly("2");
        assertThat(queries.report(PISEK, null, ObecSort.NAZEV, 1).years()).doesNotContain(2011);
    }

    @Test
    void singleYearsReplaceTheBandsOfTheSameObecDateAndSex() {
        mother().admin().signInHere();
        String date = "2012-12-31";
        importer.importFile(
                PISEK,
                "pasma.csv",
                new AnalysisMother.Csv()
                                .row(MIROTICE, date, 2, "0 až 4 (let)", 50)
                                .row(MIROTICE, date, 2, "5 až 9 (let)", 60)
                                .stream());
        AnalysisMother.Csv singles = new AnalysisMother.Csv();
        for (int age = 0; age <= 4; age++) {
            singles.row(MIROTICE, date, 2, age + " (let)", 11);
        }
        ImportResult result = importer.importFile(PISEK, "jednotlive-roky.csv", singles.stream());
        assertThat(result.applied()).isTrue();
        // 0 (the first age of the band 0–4) is updated, 1–4 inserted, the band 5–9 removed
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.removed()).isEqualTo(1);
        DemographicsReport report = queries.report(PISEK, 2012, ObecSort.NAZEV, 1);
        assertThat(report.current().total()).isEqualTo(55);
        assertThat(report.pyramid().get(0).women()).isEqualTo(55);
    }

    @Test
    void aFileWithoutFiguresOrColumnsIsRefused() {
        mother().admin().signInHere();
        ImportResult noColumns =
                importer.importFile(PISEK, "x.csv", new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()));
        assertThat(noColumns.applied()).isFalse();
        assertThat(noColumns.fileError().messageKey()).isEqualTo("analysis.import.file.columns");
        ImportResult onlyTotals = importer.importFile(
                PISEK,
                "souhrny.csv",
                new AnalysisMother.Csv().raw("100", "", "", "65", String.valueOf(PISEK), "2013-12-31").stream());
        assertThat(onlyTotals.applied()).isFalse();
        assertThat(onlyTotals.totalsSkipped()).isEqualTo(1);
        assertThat(onlyTotals.fileError().messageKey()).isEqualTo("analysis.import.file.noFigures");
    }

    @Test
    void aCoordinatorImportsOnlyIntoTheirOwnOrp() {
        AnalysisMother mother = mother();
        mother.districtCoordinator(BLATNA).signInHere();
        assertThat(importer.mayImport(BLATNA)).isTrue();
        assertThat(importer.mayImport(PISEK)).isFalse();
        assertThatThrownBy(() -> importer.importFile(
                        PISEK,
                        "cizi.csv",
                        new AnalysisMother.Csv().row(MIROTICE, "2014-12-31", 1, "0 až 4 (let)", 1).stream()))
                .isInstanceOf(AccessDeniedException.class);
        mother.groupMember(PISEK).signInHere();
        assertThat(importer.mayImport(PISEK)).isFalse();
        SecurityContextHolder.clearContext();
        assertThat(importer.mayImport(PISEK)).isFalse();
    }
}
