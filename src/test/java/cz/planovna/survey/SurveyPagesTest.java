package cz.planovna.survey;

import static cz.planovna.survey.SurveyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.survey.SurveyMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The builder, public answering (with resume and replay), results and exports through MockMvc. */
@SurveyWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPagesTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/dotazniky";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    TransactionTemplate tx;

    SurveyMother mother;
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        mother = new SurveyMother(users, territory, surveys, questions, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
    }

    @Test
    void aCoordinatorBuildsASurveyThatThePublicAnswersAndTheTeamEvaluates() throws Exception {
        String title = SurveyMother.unique("Potřeby seniorů");
        MvcResult created = mvc.perform(post(BASE + "/novy")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", title)
                        .param("intro", "Děkujeme za vyplnění.")
                        .param("audience", "Občané")
                        .param("anonymous", "true")
                        .param("opensAt", "")
                        .param("closesAt", "")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String builder = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(builder.substring(builder.lastIndexOf('/') + 1));

        // a choice question with one option only: a clear message, what was typed is kept
        Document few = page(mvc.perform(question(builder, "SINGLE", "Jak jste spokojeni?", "Jen jedna", "", ""))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(few.select("#options-error").text())
                .isEqualTo("Zadejte alespoň dvě možnosti, každou na samostatný řádek.");
        assertThat(few.select("textarea#text").text()).isEqualTo("Jak jste spokojeni?");

        mvc.perform(question(builder, "YES_NO", "Pečujete o blízkého?", "", "", "")
                        .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        List<Long> ids = mother.questionIds(id);
        long gate = ids.get(0);
        mvc.perform(question(
                        builder,
                        "MULTIPLE",
                        "Jakou pomoc potřebujete?",
                        "Odlehčovací služba\nPečovatelská služba\nPoradenství",
                        "",
                        gate + ":0"))
                .andExpect(status().is3xxRedirection());
        // a condition pointing at a text question is refused
        mvc.perform(question(builder, "LONG_TEXT", "Co vám chybí?", "", "", "")).andExpect(status().is3xxRedirection());
        ids = mother.questionIds(id);
        long need = ids.get(1);
        long text = ids.get(2);
        Document badCondition = page(mvc.perform(question(builder, "NUMBER", "Kolik hodin týdně?", "", "", text + ":0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(badCondition.select("#condition-error").text())
                .isEqualTo("Podmínka se může odkazovat jen na otázku s výběrem (jedna či více možností, ano/ne).");
        mvc.perform(question(builder, "NUMBER", "Kolik hodin týdně?", "", "", "")
                        .param("min", "0")
                        .param("max", "168"))
                .andExpect(status().is3xxRedirection());
        long hours = mother.questionIds(id).get(3);

        Document page = page(mvc.perform(get(builder).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("ol.survey-questions > li")).hasSize(4);
        assertThat(page.select("#q-" + need + " .hint").text()).contains("Zobrazí se jen když Q1 = Ano");

        // preview, then open
        mvc.perform(get(builder + "/nahled").with(coordinator.signedIn())).andExpect(status().isOk());
        mvc.perform(post(builder + "/stav")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("state", "OPEN")
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().is3xxRedirection());
        String link = "/dotazniky/" + mother.publicToken(id);

        Document form = page(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo(title);
        assertThat(form.select("fieldset#q" + need).attr("data-show-if")).isEqualTo("q" + gate);

        // submitting without the required answer and with a number out of range: nothing lost
        Document bad = page(mvc.perform(post(link)
                        .with(csrf())
                        .param("q" + hours, "200")
                        .param("q" + text, "<script>alert(1)</script> ať to jde"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn());
        assertThat(bad.select(".error-summary li").eachText())
                .containsExactly("Q1: Tato otázka je povinná.", "Q4: Zadejte číslo od 0 do 168.");
        assertThat(bad.select("textarea[name=q" + text + "]").text()).isEqualTo("<script>alert(1)</script> ať to jde");

        // saving for later gives a resume link
        Document saved = page(mvc.perform(post(link)
                        .with(csrf())
                        .param("akce", "ulozit")
                        .param("q" + gate, "0")
                        .param("q" + text, "<script>alert(1)</script> ať to jde"))
                .andExpect(status().isOk())
                .andReturn());
        String resume = saved.select("a.survey-resume-link").attr("href");
        assertThat(resume).startsWith(link + "/pokracovat/");
        Document resumed =
                page(mvc.perform(get(resume)).andExpect(status().isOk()).andReturn());
        assertThat(resumed.select("input[name=q" + gate + "][value=0]").hasAttr("checked"))
                .isTrue();

        // submitted: answers of a hidden question would be discarded; here the gate is "yes"
        mvc.perform(post(resume)
                        .with(csrf())
                        .param("q" + gate, "0")
                        .param("q" + need, "0")
                        .param("q" + need, "2")
                        .param("q" + text, "<script>alert(1)</script> ať to jde")
                        .param("q" + hours, "12"))
                .andExpect(status().isOk());
        // the link cannot be used again
        Document replay = page(mvc.perform(post(resume).with(csrf()).param("q" + gate, "1"))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(replay.select(".alert").text()).contains("už byly odeslány");

        // a second respondent says "no": the answer to the hidden follow-up is discarded
        mvc.perform(post(link).with(csrf()).param("q" + gate, "1").param("q" + need, "1"))
                .andExpect(status().isOk());

        Document results = page(mvc.perform(get(builder + "/vysledky").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(results.select("section#r-" + gate + ", section[aria-labelledby=r-" + gate + "] tbody tr")
                        .eachText())
                .containsExactly("Ano 1 50 %", "Ne 1 50 %");
        assertThat(results.select("section[aria-labelledby=r-" + need + "] tbody tr")
                        .eachText())
                .containsExactly("Odlehčovací služba 1 100 %", "Pečovatelská služba 0 0 %", "Poradenství 1 100 %");
        Document crossed = page(mvc.perform(get(builder + "/vysledky")
                        .param("podle", String.valueOf(gate))
                        .with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(crossed.select("section[aria-labelledby=r-" + need + "] table")
                        .get(1)
                        .select("tbody tr")
                        .first()
                        .text())
                .isEqualTo("Odlehčovací služba 1 (50 %) 0 (0 %)");
        Document texts =
                page(mvc.perform(get(builder + "/vysledky/texty/" + text).with(coordinator.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(texts.select("main li p.prewrap").text()).isEqualTo("<script>alert(1)</script> ať to jde");
        assertThat(texts.select("main script")).isEmpty();

        String csv = mvc.perform(get(builder + "/export.csv").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Odpověď č.,Odesláno,Q1 Pečujete o blízkého?,Q2 Jakou pomoc potřebujete?");
        assertThat(lines[1]).endsWith(",Ano,Odlehčovací služba; Poradenství,<script>alert(1)</script> ať to jde,12");
        assertThat(lines[2]).endsWith(",Ne,,,");
        byte[] xlsx = mvc.perform(get(builder + "/export.xlsx").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(12.0);
        }

        // answered: structure is locked, texts may still be fixed
        MvcResult locked = mvc.perform(question(builder, "SHORT_TEXT", "Nová otázka", "", "", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(locked.getFlashMap().get("problem")).isEqualTo("survey.validation.locked.structure");
        assertThat(mother.questionIds(id)).hasSize(4);
        mvc.perform(post(builder + "/otazky/" + need)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("kind", "MULTIPLE")
                        .param("text", "Jakou pomoc byste potřebovali?")
                        .param("options", "Odlehčovací služba\nPečovatelská služba\nOdborné poradenství")
                        .param("condition", gate + ":0")
                        .param("version", String.valueOf(mother.questionVersion(need))))
                .andExpect(status().is3xxRedirection());
        Document removeOption = page(mvc.perform(post(builder + "/otazky/" + need)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("kind", "MULTIPLE")
                        .param("text", "Jakou pomoc?")
                        .param("options", "Odlehčovací služba\nPečovatelská služba")
                        .param("condition", gate + ":0")
                        .param("version", String.valueOf(mother.questionVersion(need))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(removeOption.select(".error-summary").text()).contains("opravit lze jen texty");
        MvcResult deleteRefused = mvc.perform(post(builder + "/otazky/" + text + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(mother.questionVersion(text))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(deleteRefused.getFlashMap().get("problem")).isEqualTo("survey.validation.locked.structure");

        // a stale settings form: the 409 page
        mvc.perform(post(builder)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", title)
                        .param("anonymous", "true")
                        .param("version", "0"))
                .andExpect(status().isConflict());

        // closed: answers are refused
        mvc.perform(post(builder + "/stav")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("state", "CLOSED")
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().is3xxRedirection());
        Document closed = page(mvc.perform(post(link).with(csrf()).param("q" + gate, "1"))
                .andExpect(status().isGone())
                .andReturn());
        assertThat(closed.select(".alert").text()).contains("už uzavřený");
    }

    @Test
    void anUnknownTokenIsNotFoundAndADraftIsNotPublic() throws Exception {
        mvc.perform(get("/dotazniky/neexistuje")).andExpect(status().isNotFound());
        long draft = mother.survey(
                STRAKONICE,
                SurveyMother.unique("Koncept"),
                true,
                SurveyState.DRAFT,
                SurveyMother.yesNo("Otázka", false));
        mvc.perform(get("/dotazniky/" + mother.publicToken(draft))).andExpect(status().isNotFound());
        mvc.perform(get("/dotazniky/pozvanka/neexistuje")).andExpect(status().isNotFound());
    }

    @Test
    void conditionsCannotBeMovedBeforeTheirSourceAndDeletingAsksFirst() throws Exception {
        long id = mother.survey(
                STRAKONICE, SurveyMother.unique("Pořadí"), true, SurveyState.DRAFT, SurveyMother.yesNo("Zdroj", false));
        long source = mother.questionIds(id).get(0);
        long follow = mother.addQuestion(id, SurveyMother.conditional(SurveyMother.text("Proč?", false), source, 0));
        String builder = BASE + "/" + id;
        MvcResult moved = mvc.perform(post(builder + "/otazky/" + follow + "/posun")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("smer", "nahoru")
                        .param("version", String.valueOf(mother.questionVersion(follow))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(moved.getFlashMap().get("problem")).isEqualTo("survey.validation.condition.move");
        assertThat(mother.questionIds(id)).containsExactly(source, follow);

        Document page = page(mvc.perform(get(builder).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("form[action$=/smazat][data-confirm]")).isNotEmpty();
        mvc.perform(post(builder + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(mother.version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(builder).with(coordinator.signedIn())).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder question(
            String builder, String kind, String text, String options, String rows, String condition) {
        return post(builder + "/otazky")
                .with(csrf())
                .with(coordinator.signedIn())
                .param("kind", kind)
                .param("text", text)
                .param("help", "")
                .param("options", options)
                .param("rows", rows)
                .param("condition", condition)
                .param("version", "0");
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
