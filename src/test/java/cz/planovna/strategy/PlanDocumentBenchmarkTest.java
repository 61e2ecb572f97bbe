package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue 6 (run by {@code bench/plan-document.sh}, skipped otherwise): a synthetic
 * plan of about 60 pages is written as PDF by Plánovna, and the DOCX Plánovna wrote for the same
 * plan is converted to PDF by LibreOffice headless, in the same run. Prints both times, the ratio
 * (goal ≤ 0.5) and the page counts.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "planovna.bench", matches = "true")
class PlanDocumentBenchmarkTest {

    static final int PRIORITIES = 5;
    static final int GOALS = 3;
    static final int MEASURES = 4;
    static final int RUNS = 3;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    PlanDocumentGenerator generator;

    @Autowired
    PlanPdfWriter pdf;

    @Autowired
    PlanDocxWriter docx;

    @Autowired
    TransactionTemplate tx;

    @Test
    void plannovnaPdfVersusLibreOfficeConvertingTheDocx() throws Exception {
        String soffice = PlanDocumentTest.soffice();
        assertThat(soffice)
                .as("LibreOffice (soffice) must be installed for the benchmark")
                .isNotNull();
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        TestUser coordinator = mother.districtCoordinator(StrategyMother.STRAKONICE);
        long planId = largePlan(mother);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(coordinator.email(), null, List.of()));

        // warm-up (class loading, templates, fonts), as in a running server
        byte[] warm =
                pdf.write(generator.model(StrategyMother.STRAKONICE, planId).typeset());
        long best = Long.MAX_VALUE;
        byte[] pdfBytes = warm;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdfBytes =
                    pdf.write(generator.model(StrategyMother.STRAKONICE, planId).typeset());
            best = Math.min(best, System.nanoTime() - start);
        }
        byte[] docxBytes =
                docx.write(generator.model(StrategyMother.STRAKONICE, planId).typeset());

        Path dir = Files.createTempDirectory("plan-bench");
        Path docxFile = dir.resolve("plan.docx");
        Files.write(docxFile, docxBytes);
        Files.write(Path.of("target", "plan-bench.pdf"), pdfBytes);
        long libreBest = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(
                            soffice,
                            "-env:UserInstallation=file://"
                                    + dir.resolve("profile").toAbsolutePath(),
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            dir.toString(),
                            docxFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            libreBest = Math.min(libreBest, System.nanoTime() - start);
        }
        int ourPages = PlanDocumentJobs.pageCount(pdfBytes);
        int librePages;
        try (PDDocument converted = Loader.loadPDF(dir.resolve("plan.pdf").toFile())) {
            librePages = converted.getNumberOfPages();
        }
        double ratio = (double) best / libreBest;
        System.out.printf(
                "%nBENCH plan-document: Plánovna PDF %d ms (%d pages, best of %d warm runs); LibreOffice DOCX→PDF %d ms"
                        + " (%d pages, best of %d); ratio %.2f (goal ≤ 0.50)%n",
                best / 1_000_000, ourPages, RUNS, libreBest / 1_000_000, librePages, RUNS, ratio);
        assertThat(ourPages).isBetween(45, 90);
    }

    /** 5 priority areas × 3 goals × 4 measures, each measure with costs, indicators and activities. */
    private long largePlan(StrategyMother mother) {
        return tx.execute(t -> {
            StrategicPlan plan = plans.save(new StrategicPlan(
                    mother.orp(StrategyMother.STRAKONICE),
                    StrategyMother.unique("Syntetický plán"),
                    2024,
                    2026,
                    "Vize velkého syntetického plánu pro měření výkonu generátoru dokumentu.",
                    Instant.now()));
            String text = "Opatření rozšiřuje dostupnost služby v obcích a u lidí, kteří ji potřebují; "
                    + "navazuje na analýzu potřeb a na výsledky dotazníkového šetření z roku 2023. "
                    + "Zapojí poskytovatele, obce a kraj a její dopad sleduje podle indikátorů. ";
            for (int p = 1; p <= PRIORITIES; p++) {
                StrategyNode priority = nodes.save(new StrategyNode(
                        plan.id(),
                        null,
                        NodeKind.PRIORITY,
                        p,
                        NodeDetails.simple("Prioritní oblast " + p, text, null)));
                for (int g = 1; g <= GOALS; g++) {
                    StrategyNode goal = nodes.save(new StrategyNode(
                            plan.id(),
                            priority,
                            NodeKind.GOAL,
                            g,
                            NodeDetails.simple("Cíl " + p + "." + g, text, null)));
                    for (int m = 1; m <= MEASURES; m++) {
                        StrategyNode measure = nodes.save(new StrategyNode(
                                plan.id(),
                                goal,
                                NodeKind.MEASURE,
                                m,
                                new NodeDetails(
                                        "Opatření " + p + "." + g + "." + m + " rozvoj služby",
                                        text + text,
                                        "Město Strakonice",
                                        MeasureKind.DEVELOP,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        "Analýza potřeb 2023",
                                        "Poskytovatelé, kraj")));
                        List<CostLine> costs = new ArrayList<>();
                        for (int y = 2024; y <= 2026; y++) {
                            costs.add(new CostLine(y, FundingSource.MUNICIPALITY, 100_000L * m + y));
                            costs.add(new CostLine(y, FundingSource.STATE, 250_000L * g + y));
                            costs.add(new CostLine(y, FundingSource.EU, 75_000L * p));
                        }
                        measure.replaceCosts(costs);
                        measure.addIndicator(
                                "Počet klientů", "osob", BigDecimal.TEN, Map.of(2026, new BigDecimal("14")));
                        measure.addIndicator(
                                "Hodiny péče", "hodin", BigDecimal.valueOf(500), Map.of(2026, new BigDecimal("800")));
                        for (int a = 1; a <= 2; a++) {
                            nodes.save(new StrategyNode(
                                    plan.id(),
                                    measure,
                                    NodeKind.ACTIVITY,
                                    a,
                                    NodeDetails.simple("Aktivita " + a, null, "Koordinátor")));
                        }
                    }
                }
            }
            return plan.id();
        });
    }
}
