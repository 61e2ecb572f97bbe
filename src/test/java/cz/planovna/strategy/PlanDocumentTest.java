package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan document end to end: the coordinator starts the job, it runs in the background, and
 * the files it stores are opened with PDFBox (tagging, outline, text, contents page numbers), POI
 * (DOCX headings, tables, sums; XLSX sums) and, when installed, LibreOffice. Sums are computed by
 * hand: the sample measure costs 1 450 000 Kč (2020, obec) + 343 475 Kč (2021, state).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDocumentTest {

    static final String N = "\u00A0";
    static final int STRAKONICE = StrategyMother.STRAKONICE;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    AmendmentRepository amendments;

    @Autowired
    ChangeRepository changes;

    @Autowired
    PlanDocumentRunRepository runs;

    @Autowired
    TransactionTemplate tx;

    StrategyMother mother;
    TestUser coordinator;
    TestUser blatnaCoordinator;
    Sample sample;
    byte[] samplePdf;
    byte[] sampleDocx;
    byte[] sampleXlsx;
    byte[] blatnaPdf;
    byte[] blatnaDocx;

    @BeforeAll
    void generate() throws Exception {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        sample = mother.plan(STRAKONICE, StrategyMother.unique("Plán v obci a pro lidi"), PlanState.IN_FORCE);
        long run = generate(coordinator, STRAKONICE, sample.planId());
        String base = "/orp/" + STRAKONICE + "/planovani/plany/" + sample.planId() + "/dokument/" + run;
        samplePdf = download(coordinator, base + "/pdf");
        sampleDocx = download(coordinator, base + "/docx");
        sampleXlsx = download(coordinator, base + "/xlsx");

        new StrategyDemoData(plans, nodes, amendments, changes, territory, tx).run(null);
        blatnaCoordinator = mother.districtCoordinator(StrategyDemoData.BLATNA);
        long blatnaPlan = plans.findByDistrictCodeAndStateIn(StrategyDemoData.BLATNA, List.of(PlanState.IN_FORCE))
                .get(0)
                .id();
        long blatnaRun = generate(blatnaCoordinator, StrategyDemoData.BLATNA, blatnaPlan);
        String blatna = "/orp/" + StrategyDemoData.BLATNA + "/planovani/plany/" + blatnaPlan + "/dokument/" + blatnaRun;
        blatnaPdf = download(blatnaCoordinator, blatna + "/pdf");
        blatnaDocx = download(blatnaCoordinator, blatna + "/docx");
        Path out = Path.of("target", "plan-document");
        Files.createDirectories(out);
        Files.write(out.resolve("blatna.pdf"), blatnaPdf);
        Files.write(out.resolve("blatna.docx"), blatnaDocx);
    }

    private long generate(TestUser user, int code, long planId) throws Exception {
        mvc.perform(post("/orp/" + code + "/planovani/plany/" + planId + "/dokument")
                        .with(csrf())
                        .with(user.signedIn()))
                .andReturn();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            PlanDocumentView latest = tx.execute(
                    t -> runs.findByPlanIdOrderByIdDesc(planId, org.springframework.data.domain.PageRequest.of(0, 1))
                            .get(0)
                            .toView(java.time.Instant.now()));
            if (!latest.running()) {
                assertThat(latest.state()).as("run " + latest).isEqualTo("DONE");
                return latest.id();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the document was not generated in time");
    }

    private byte[] download(TestUser user, String url) throws Exception {
        var response = mvc.perform(get(url).with(user.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    @Test
    void pdfIsTaggedCzechWithOutlineAndItsContentsPointToTheRightPages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(blatnaPdf)) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("cs");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Blatná 2020–2022");
            assertThat(catalog.getMetadata()).as("PDF/A metadata").isNotNull();

            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline)
                    .containsExactly(
                            "Úvod a" + N + "proces plánování",
                            "Analytická část",
                            "Shrnutí zjištění analýz",
                            "SWOT analýza",
                            "Strategická část",
                            "Akční plány",
                            "Zásobník projektů",
                            "Povinnosti zúčastněných subjektů",
                            "Monitorování a" + N + "vyhodnocování plánu",
                            "Způsob změn plánu",
                            "Přehled opatření a" + N + "jejich rozpočet",
                            "Přílohy");

            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(8);
            PDFTextStripper text = new PDFTextStripper();
            String all = text.getText(pdf);
            assertThat(all)
                    .contains("Střednědobý plán rozvoje sociálních služeb", "Blatná", "Prioritní oblast 1", "Kč")
                    .contains("Senioři a" + N + "osoby se zdravotním postižením")
                    .contains("strana 2 z " + pages);

            // the contents (page 2) give each chapter's page; the chapter's heading starts that page
            text.setStartPage(2);
            text.setEndPage(2);
            String toc = text.getText(pdf);
            for (String chapter : List.of("Analytická část", "Strategická část", "Způsob změn plánu", "Přílohy")) {
                Matcher m = Pattern.compile(Pattern.quote(chapter) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(toc);
                assertThat(m.find()).as(chapter + " in " + toc).isTrue();
                int page = Integer.parseInt(m.group(1));
                text.setStartPage(page);
                text.setEndPage(page);
                String pageText = text.getText(pdf).replace(N, " ");
                // the first line that is neither the running header (the plan's name) nor the footer
                assertThat(pageText.lines()
                                .filter(l -> !l.isBlank())
                                .filter(l -> !l.startsWith("Střednědobý plán rozvoje sociálních služeb ORP Blatná"))
                                .filter(l -> !l.startsWith("strana "))
                                .findFirst()
                                .orElse(""))
                        .as("first line on page " + page)
                        .isEqualTo(chapter.replace(N, " "));
            }
        }
    }

    @Test
    void pdfOfTheSampleHasHandComputedSumsAndCzechTypography() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("1" + N + "450" + N + "000" + N + "Kč");
            assertThat(all).contains("343" + N + "475" + N + "Kč");
            assertThat(all).contains("1" + N + "793" + N + "475" + N + "Kč");
            // the plan's name has "v obci a pro": one-letter words joined to the next one
            assertThat(all).contains("v" + N + "obci a" + N + "pro");
            assertThat(all).contains("Pro ORP nejsou k" + N + "dispozici demografická data.");
        }
    }

    @Test
    void docxHasHeadingStylesTocFieldRepeatingHeaderRowsPageNumbersAndAddsUp() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(sampleDocx))) {
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .startsWith("Plán v" + N + "obci a" + N + "pro lidi");
            assertThat(docx.getPackage().getPackageProperties().getLanguageProperty())
                    .hasValue("cs-CZ");
            List<String> chapters = docx.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(chapters).contains("Analytická část", "Strategická část", "Přílohy");
            assertThat(docx.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isZero();
            assertThat(docx.getParagraphs().stream().filter(p -> "Heading4".equals(p.getStyle())))
                    .extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.startsWith("Opatření 1.1.1:"));
            assertThat(docx.getParagraphs().stream()
                            .flatMap(p -> p.getCTP().getFldSimpleList().stream())
                            .map(f -> f.getInstr()))
                    .anyMatch(i -> i.startsWith("TOC"));
            String footer =
                    docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE", "NUMPAGES", "strana");
            assertThat(docx.getTables()).isNotEmpty().allMatch(t -> t.getRow(0).isRepeatHeader());

            XWPFTable costs = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Zdroj financování"))
                    .findFirst()
                    .orElseThrow();
            // header: source, 2020, 2021, 2022, total; last row: the totals
            assertThat(costs.getRow(0).getTableCells()).hasSize(5);
            var total = costs.getRow(costs.getNumberOfRows() - 1);
            assertThat(total.getCell(0).getText()).isEqualTo("Celkem");
            assertThat(total.getCell(1).getText()).isEqualTo("1" + N + "450" + N + "000" + N + "Kč");
            assertThat(total.getCell(2).getText()).isEqualTo("343" + N + "475" + N + "Kč");
            assertThat(total.getCell(3).getText()).isEqualTo("0" + N + "Kč");
            assertThat(total.getCell(4).getText()).isEqualTo("1" + N + "793" + N + "475" + N + "Kč");
            // every row of the table adds up across the years
            for (int r = 1; r < costs.getNumberOfRows(); r++) {
                var row = costs.getRow(r);
                long sum = amount(row.getCell(1).getText())
                        + amount(row.getCell(2).getText())
                        + amount(row.getCell(3).getText());
                assertThat(amount(row.getCell(4).getText())).isEqualTo(sum);
            }
        }
    }

    @Test
    void xlsxHasASheetPerTableWithNumbersThatAddUp() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sampleXlsx))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .contains("Náklady plánu", "Náklady priorit", "Opatření", "Náklady opatření", "Indikátory");
            Sheet plan = book.getSheet("Náklady plánu");
            assertThat(plan.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2020");
            // rows 2..7 the six sources, row 8 the total
            var total = plan.getRow(8);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Celkem");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1_450_000d);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(343_475d);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1_793_475d);
            double column = 0;
            for (int r = 2; r < 8; r++) {
                column += plan.getRow(r).getCell(4).getNumericCellValue();
            }
            assertThat(column).isEqualTo(1_793_475d);

            Sheet indicators = book.getSheet("Indikátory");
            assertThat(indicators.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Klienti");
            assertThat(indicators.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(10d);
            assertThat(indicators.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(12d);
        }
    }

    @Test
    void libreOfficeOpensTheDocx() throws Exception {
        Assumptions.assumeTrue(soffice() != null, "soffice is not on the PATH");
        Path dir = Files.createTempDirectory("plan-docx");
        Path docx = dir.resolve("plan.docx");
        Files.write(docx, blatnaDocx);
        Process process = new ProcessBuilder(
                        soffice(),
                        "-env:UserInstallation=file://" + dir.resolve("profile").toAbsolutePath(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path converted = dir.resolve("plan.pdf");
        assertThat(converted).as(output).exists();
        try (PDDocument pdf = Loader.loadPDF(converted.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Strategická část", "Blatná");
        }
    }

    static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "soffice");
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        return null;
    }

    private static long amount(String text) {
        return Long.parseLong(text.replace(N, "").replace("Kč", "").trim());
    }
}
