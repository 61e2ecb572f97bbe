package cz.planovna.analysis;

import static cz.planovna.analysis.FindingsMother.PRACHATICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.analysis.FindingsMother.TestUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The findings, interview and SWOT pages through MockMvc: field errors keep what was typed, stale
 * edits end on the 409 page, finding numbers count up, members' votes change in place and stay
 * private, the XLSX export carries the ranking. Works in ORP Prachatice with unique texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsWebTest {

    static final String BASE = "/orp/" + PRACHATICE + "/planovani";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    FindingsService findings;

    @Autowired
    SwotService swots;

    @Autowired
    SwotVoteRepository votes;

    FindingsMother mother;
    TestUser coordinator;
    TestUser member;

    @BeforeAll
    void users() {
        mother = new FindingsMother(users, territory, findings, swots);
        coordinator = mother.districtCoordinator(PRACHATICE);
        member = mother.groupMember(PRACHATICE);
    }

    @Test
    void anInterviewWithBadInputShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
        String participants = FindingsMother.unique("Socialni odbor MeU"); // ASCII: a textarea escapes letters
        String html = mvc.perform(post(BASE + "/zjisteni/rozhovory/novy")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("kind", "FOCUS_GROUP")
                        .param("heldOn", "31. 2. 2026")
                        .param("topic", " ")
                        .param("participants", participants)
                        .param("participantCount", "nula")
                        .param("summary", "Shrnutí")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Formulář obsahuje chyby")
                .contains("Zadejte téma.")
                .contains("Datum zadejte jako den. měsíc. rok, např. 7. 12. 2026.")
                .contains("Počet účastníků musí být celé číslo od 1 do 10 000.")
                .contains("value=\"31. 2. 2026\"")
                .contains(participants);
        assertThat(mother.as(
                        coordinator,
                        () -> findings.interviews(PRACHATICE, null, FindingsService.InterviewSort.DATUM, 0)
                                .getContent()))
                .noneMatch(i -> i.participants().equals(participants));
    }

    @Test
    void aValidInterviewIsSavedAndAFindingFromItGetsTheNextNumber() throws Exception {
        String topic = FindingsMother.unique("Fokusní skupina rodin");
        String location = mvc.perform(post(BASE + "/zjisteni/rozhovory/novy")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("kind", "FOCUS_GROUP")
                        .param("heldOn", "7. 12. 2026")
                        .param("topic", topic)
                        .param("participants", "rodiče dětí se zdravotním postižením")
                        .param("participantCount", "9")
                        .param("summary", "Rodiny chtějí odlehčovací službu.")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long interviewId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        InterviewView saved = mother.as(coordinator, () -> findings.interview(PRACHATICE, interviewId));
        assertThat(saved.heldOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        assertThat(saved.participantCount()).isEqualTo(9);

        long first = mother.finding(coordinator, PRACHATICE, FindingsMother.unique("Chybí odlehčovací služba"));
        String second = mvc.perform(post(BASE + "/zjisteni/nove")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("statement", FindingsMother.unique("Rodiny chtějí víkendovou péči"))
                        .param("targetGroup", "")
                        .param("sourceKind", "INTERVIEW")
                        .param("interviewId", String.valueOf(interviewId))
                        .param("importance", "HIGH")
                        .param("status", "NEW")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long secondId = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));

        FindingView a = mother.findingView(coordinator, PRACHATICE, first);
        FindingView b = mother.findingView(coordinator, PRACHATICE, secondId);
        assertThat(b.number()).isGreaterThan(a.number());
        assertThat(b.label()).isEqualTo(String.format("Z-%03d", b.number()));
        assertThat(b.interviewTopic()).isEqualTo(topic);

        String page = mvc.perform(
                        get(BASE + "/zjisteni/rozhovory/" + interviewId).with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(b.label()).contains("Rodiny chtějí víkendovou péči");
    }

    @Test
    void aFindingFromAnInterviewNeedsTheInterviewAndOtherSourcesNeedANote() throws Exception {
        String html = mvc.perform(post(BASE + "/zjisteni/nove")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("statement", "")
                        .param("sourceKind", "OTHER")
                        .param("sourceNote", "")
                        .param("importance", "HIGH")
                        .param("status", "NEW")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Napište, co jste zjistili.").contains("U jiného zdroje napište, o jaký zdroj jde.");

        String interview = mvc.perform(post(BASE + "/zjisteni/nove")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("statement", "Něco")
                        .param("sourceKind", "INTERVIEW")
                        .param("importance", "LOW")
                        .param("status", "NEW")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(interview).contains("Zvolte rozhovor nebo fokusní skupinu, ze které zjištění vychází.");
    }

    @Test
    void editingAFindingSomebodyElseChangedMeanwhileEndsOnThe409Page() throws Exception {
        long id = mother.finding(coordinator, PRACHATICE, FindingsMother.unique("Původní znění"));
        long version = mother.findingView(coordinator, PRACHATICE, id).version();
        mvc.perform(post(BASE + "/zjisteni/" + id + "/upravit")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("statement", "První změna")
                        .param("sourceKind", "OTHER")
                        .param("sourceNote", "test")
                        .param("importance", "HIGH")
                        .param("status", "CONFIRMED")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(post(BASE + "/zjisteni/" + id + "/upravit")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("statement", "Druhá změna ze starého formuláře")
                        .param("sourceKind", "OTHER")
                        .param("sourceNote", "test")
                        .param("importance", "LOW")
                        .param("status", "NEW")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Druhá změna ze starého formuláře").contains("První změna");
        assertThat(mother.findingView(coordinator, PRACHATICE, id).statement()).isEqualTo("První změna");
    }

    @Test
    void deletingAStaleSwotItemIsRefusedWith409() throws Exception {
        long swot = mother.swot(coordinator, PRACHATICE, FindingsMother.unique("SWOT 409"));
        long item = mother.item(coordinator, PRACHATICE, swot, Quadrant.THREAT, "Hrozba");
        mvc.perform(post(BASE + "/swot/" + swot + "/polozky/" + item + "/smazat")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("version", "7"))
                .andExpect(status().isConflict());
        assertThat(mother.swotView(coordinator, PRACHATICE, swot).items(Quadrant.THREAT))
                .hasSize(1);
    }

    @Test
    void membersVoteChangeTheirOwnVoteAndNeverSeeOthersScores() throws Exception {
        long swot = mother.swot(coordinator, PRACHATICE, FindingsMother.unique("SWOT hlasování"));
        long strong = mother.item(coordinator, PRACHATICE, swot, Quadrant.STRENGTH, "Terénní služby");
        long weak = mother.item(coordinator, PRACHATICE, swot, Quadrant.STRENGTH, "Spolupráce obcí");

        vote(member, swot, strong, "2", weak, "5");
        vote(coordinator, swot, strong, "4", weak, "");
        vote(member, swot, strong, "5", weak, "5"); // the member changes their vote on the first item

        SwotView seenByMember = mother.swotView(member, PRACHATICE, swot);
        // strong: (5 + 4) / 2 = 4.5 ; weak: only the member's 5
        assertThat(seenByMember.items(Quadrant.STRENGTH))
                .extracting(SwotItemView::text, SwotItemView::average, SwotItemView::votes, SwotItemView::myScore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Spolupráce obcí", 5.0, 1, 5),
                        org.assertj.core.groups.Tuple.tuple("Terénní služby", 4.5, 2, 5));
        assertThat(seenByMember.voters()).isEqualTo(2);
        assertThat(votes.findByItemIdIn(java.util.List.of(strong))).hasSize(2);

        // the coordinator's page preselects the coordinator's own score only: 4 and "no score"
        String html = mvc.perform(get(BASE + "/swot/" + swot).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(selected(html, strong)).isEqualTo("4");
        assertThat(selected(html, weak)).isEqualTo("");
        assertThat(html).contains("Průměr 4,50 z 5 (hlasů: 2)").contains("Průměr 5,00 z 5 (hlasů: 1)");

        // a score outside 1–5 is refused and changes nothing
        mvc.perform(post(BASE + "/swot/" + swot + "/hlasovani")
                        .with(member.signedIn())
                        .with(csrf())
                        .param("s-" + strong, "9"))
                .andExpect(status().is3xxRedirection());
        assertThat(mother.swotView(member, PRACHATICE, swot).items(Quadrant.STRENGTH))
                .filteredOn(i -> i.id() == strong)
                .extracting(SwotItemView::myScore)
                .containsExactly(5);
    }

    @Test
    void theSwotExportListsItemsRankedWithAveragesAndQuadrantNames() throws Exception {
        long swot = mother.swot(coordinator, PRACHATICE, FindingsMother.unique("SWOT export"));
        long a = mother.item(coordinator, PRACHATICE, swot, Quadrant.OPPORTUNITY, "Dotace kraje");
        long b = mother.item(coordinator, PRACHATICE, swot, Quadrant.OPPORTUNITY, "Dobrovolníci");
        vote(member, swot, a, "2", b, "4");

        byte[] xlsx = mvc.perform(get(BASE + "/swot/" + swot + ".xlsx").with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Část");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Příležitosti");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Dobrovolníci");
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Dotace kraje");
            assertThat(sheet.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void listsFilterSortAndShowAnEmptyStateForAFilterWithoutMatches() throws Exception {
        String statement = FindingsMother.unique("Filtrované zjištění");
        mother.finding(coordinator, PRACHATICE, statement);
        String medium = mvc.perform(get(BASE + "/zjisteni")
                        .param("dulezitost", "MEDIUM")
                        .param("razeni", "dulezitost")
                        .with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(medium).contains("<td>" + statement + "</td>");

        String none = mvc.perform(get(BASE + "/zjisteni")
                        .param("zdroj", "SERVICE_NETWORK")
                        .param("dulezitost", "LOW")
                        .param("stav", "REJECTED")
                        .with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).doesNotContain("<td>" + statement + "</td>").contains("Filtru neodpovídá žádné zjištění.");
    }

    private void vote(TestUser who, long swot, long first, String firstScore, long second, String secondScore)
            throws Exception {
        mvc.perform(post(BASE + "/swot/" + swot + "/hlasovani")
                        .with(who.signedIn())
                        .with(csrf())
                        .param("s-" + first, firstScore)
                        .param("s-" + second, secondScore))
                .andExpect(status().is3xxRedirection());
    }

    /** The value of the selected option of an item's score select. */
    private static String selected(String html, long itemId) {
        int start = html.indexOf("name=\"s-" + itemId + "\"");
        int end = html.indexOf("</select>", start);
        String select = html.substring(start, end);
        var m = java.util.regex.Pattern.compile("<option value=\"([0-9]*)\"[^>]*selected")
                .matcher(select);
        return m.find() ? m.group(1) : null;
    }
}
