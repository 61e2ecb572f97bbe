package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The needs-gap page's XLSX export (issue 8: every chart has a data table and an XLSX export): the
 * page links to it with its indicator, and the workbook has the page's table row by row with Czech
 * headers and numbers as numeric cells equal to the figures the page shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GapExportTest {

    static final int KRUMLOV = 3103;
    static final String GAP = "/orp/" + KRUMLOV + "/analyzy/mezery";

    @Autowired
    MockMvc mvc;

    @Test
    void theExportHasThePagesTableWithNumbersAsNumbers() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(GAP).param("druh", "40"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String link = page.select("#gap-export").attr("href");
        assertThat(link).isEqualTo(GAP + ".xlsx?druh=40");

        byte[] xlsx = mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("mezery-3103-40.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Elements rows = page.select("#gap-table tbody tr");
        assertThat(rows).isNotEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Mezery v síti");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Mezery v síti služeb (bílá místa) – ORP Český Krumlov");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("§ 40");
            int header = headerRow(sheet);
            Row head = sheet.getRow(header);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Kód obce");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Dostupná kapacita");
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("Třída");
            for (int i = 0; i < rows.size(); i++) {
                Element tr = rows.get(i);
                Row row = sheet.getRow(header + 1 + i);
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(tr.child(0).text());
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((int) row.getCell(1).getNumericCellValue())
                        .isEqualTo(Integer.parseInt(tr.attr("data-obec")));
                for (int c = 2; c <= 5; c++) {
                    assertSameFigure(row.getCell(c), tr.child(c - 1).text());
                }
                assertThat((int) row.getCell(6).getNumericCellValue())
                        .isEqualTo(Integer.parseInt(tr.attr("data-class")));
                assertThat(tr.child(5).text()).endsWith(row.getCell(7).getStringCellValue());
            }
            assertThat(sheet.getRow(header + 1 + rows.size())).isNull();
        }
    }

    @Test
    void anUnknownIndicatorIs400() throws Exception {
        mvc.perform(get(GAP + ".xlsx").param("druh", "abc")).andExpect(status().isBadRequest());
    }

    /** The page shows "–" for a figure that cannot be computed (an empty cell) or e.g. "1 234,5" / "85 %". */
    private static void assertSameFigure(Cell cell, String shown) {
        if (shown.equals("–")) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        BigDecimal expected = new BigDecimal(shown.replace("%", "")
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace(" ", "")
                .replace(',', '.'));
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
    }

    private static int headerRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && "Obec".equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }
}
