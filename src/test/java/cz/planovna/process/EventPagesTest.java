package cz.planovna.process;

import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.PRACHATICE;
import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import cz.planovna.identity.UserAdministration;
import cz.planovna.mail.MailReader;
import cz.planovna.mail.TestSmtp;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** An event shared by two ORPs: publication, registration up to capacity, cancellation, iCal. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/akce";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    PlanningEventRepository events;

    @Autowired
    TransactionTemplate tx;

    TestUser coordinator;

    @BeforeAll
    void setUp() {
        coordinator = new ProcessMother(users, territory, rounds, groups, tx).districtCoordinator(STRAKONICE);
    }

    @Test
    void aSharedEventFillsUpAndAPlaceComesBackWhenSomeoneCancels() throws Exception {
        String title = ProcessMother.unique("Workshop sousedních ORP");
        LocalDate day = LocalDate.now(CzechFormats.PRAGUE).plusDays(12);
        MvcResult created = mvc.perform(eventForm(post(BASE + "/nova"), title, day, String.valueOf(PRACHATICE), "2"))
                .andExpect(redirectedUrlPattern(BASE + "/*"))
                .andReturn();
        String url = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Document twice = page(mvc.perform(eventForm(post(BASE + "/nova"), title, day, String.valueOf(PRACHATICE), "2"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(twice.select("#title-error").text()).contains("už existuje");

        // on the organiser's and the partner's public pages, and in both feeds
        for (int orp : new int[] {STRAKONICE, PRACHATICE}) {
            Document list = page(mvc.perform(get("/orp/" + orp + "/akce"))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(list.select("a:containsOwn(" + title + ")")).hasSize(1);
            Calendar feed = new CalendarBuilder()
                    .build(new ByteArrayInputStream(mvc.perform(get("/orp/" + orp + "/akce.ics"))
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray()));
            assertThat(feed.getComponents("VEVENT").stream()
                            .map(c -> ((VEvent) c).getUid().orElseThrow().getValue()))
                    .contains("event-" + id + "@planovna.cz");
        }
        mvc.perform(get("/orp/" + PISEK + "/akce/" + id)).andExpect(status().isNotFound());

        String publicUrl = "/orp/" + PRACHATICE + "/akce/" + id;
        String first = "prvni." + System.nanoTime() + "@example.cz";
        register(publicUrl, "Jana První", first).andExpect(status().is3xxRedirection());
        MimeMessage confirmation = MailReader.awaitMailTo(greenMail, first);
        assertThat(MailReader.body(confirmation)).contains("Dobrý den, Jana První", title, "/akce/registrace/zrusit/");
        new CalendarBuilder()
                .build(new ByteArrayInputStream(MailReader.attachment(confirmation, "akce.ics")))
                .validate();
        register(publicUrl, "Karel Druhý", "druhy." + System.nanoTime() + "@example.cz")
                .andExpect(status().is3xxRedirection());
        // the same address again: same answer, still two registrations
        register(publicUrl, "Jana První", first.toUpperCase()).andExpect(status().is3xxRedirection());

        Document full = page(register(publicUrl, "Třetí Navíc", "treti." + System.nanoTime() + "@example.cz")
                .andExpect(status().isOk())
                .andReturn());
        assertThat(full.select("section[aria-labelledby=register-heading]").text())
                .contains("Kapacita akce je naplněna");

        // registering again sent a fresh link; mails arrive in any order, and only the newest link works
        java.util.List<String> links = new java.util.ArrayList<>();
        for (MimeMessage mail : mailsTo(first, 2)) {
            links.add(MailReader.linkPath(mail, "/akce/registrace/zrusit/"));
        }
        mvc.perform(get(links.get(0))).andExpect(status().isOk());
        java.util.List<Integer> answers = new java.util.ArrayList<>();
        for (String link : links) {
            MvcResult answer = mvc.perform(post(link).with(csrf())).andReturn();
            answers.add(answer.getResponse().getStatus());
            if (answer.getResponse().getStatus() == 200) {
                assertThat(page(answer).select(".alert-success").text()).contains(title);
                mvc.perform(post(link).with(csrf())).andExpect(status().isNotFound());
            }
        }
        assertThat(answers).containsExactlyInAnyOrder(200, 404);

        register(publicUrl, "Třetí Navíc", "treti." + System.nanoTime() + "@example.cz")
                .andExpect(status().is3xxRedirection());
        Document internal = page(mvc.perform(get(url).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(internal.select("#registrations-heading ~ div tbody th").eachText())
                .containsExactly("Jana První", "Karel Druhý", "Třetí Navíc");
        assertThat(internal.select("#registrations-heading ~ div tbody td:contains(zrušena)"))
                .hasSize(1);
    }

    @Test
    void badEventsAndRegistrationsAreExplained() throws Exception {
        LocalDate day = LocalDate.now(CzechFormats.PRAGUE).plusDays(5);
        Document bad = page(mvc.perform(eventForm(post(BASE + "/nova"), "<script>x</script>", day, "12, 9999", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(bad.select("#partners-error").text()).isNotEmpty();
        assertThat(bad.select("#capacity-error").text()).contains("od 1 do 10 000");

        Document unknown = page(mvc.perform(eventForm(post(BASE + "/nova"), "Akce", day, "9999", ""))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(unknown.select("#partners-error").text()).contains("neoznačuje žádné ORP");

        // unique: the PostgreSQL suite may run against a database that kept earlier runs
        String title = ProcessMother.unique("<script>alert(1)</script> seminář");
        String url = mvc.perform(eventForm(post(BASE + "/nova"), title, day, "", ""))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Document event = page(mvc.perform(get("/orp/" + STRAKONICE + "/akce/" + id))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(event.select("h1").text()).isEqualTo(title);
        assertThat(event.select("main script")).isEmpty();

        Document noConsent = page(mvc.perform(post("/orp/" + STRAKONICE + "/akce/" + id + "/registrace")
                        .with(csrf())
                        .param("fullName", "")
                        .param("email", "neni-email"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(noConsent.select(".error-summary li")).hasSize(3);
    }

    @Test
    void anUnpublishedEventIsNotPublicAndAnotherOrpCannotSeeItsRegistrations() throws Exception {
        LocalDate day = LocalDate.now(CzechFormats.PRAGUE).plusDays(8);
        String url = mvc.perform(eventForm(post(BASE + "/nova"), ProcessMother.unique("Interní"), day, "", "", false))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(events.findById(id).orElseThrow().published()).isFalse();
        mvc.perform(get("/orp/" + STRAKONICE + "/akce/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/orp/" + STRAKONICE + "/akce/" + id + "/registrace")
                        .with(csrf())
                        .param("fullName", "Jana")
                        .param("email", "jana@example.cz")
                        .param("consent", "true"))
                .andExpect(status().isNotFound());
        TestUser other = new ProcessMother(users, territory, rounds, groups, tx).districtCoordinator(PISEK);
        mvc.perform(get(url).with(other.signedIn())).andExpect(status().isForbidden());
    }

    private java.util.List<MimeMessage> mailsTo(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            java.util.List<MimeMessage> found = new java.util.ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                    found.add(m);
                }
            }
            if (found.size() >= count || System.currentTimeMillis() > deadline) {
                assertThat(found).hasSize(count);
                return found;
            }
            Thread.sleep(100);
        }
    }

    private org.springframework.test.web.servlet.ResultActions register(String eventUrl, String name, String email)
            throws Exception {
        return mvc.perform(post(eventUrl + "/registrace")
                .with(csrf())
                .param("fullName", name)
                .param("email", email)
                .param("consent", "true"));
    }

    private MockHttpServletRequestBuilder eventForm(
            MockHttpServletRequestBuilder request, String title, LocalDate day, String partners, String capacity) {
        return eventForm(request, title, day, partners, capacity, true);
    }

    private MockHttpServletRequestBuilder eventForm(
            MockHttpServletRequestBuilder request,
            String title,
            LocalDate day,
            String partners,
            String capacity,
            boolean published) {
        MockHttpServletRequestBuilder form = request.with(csrf())
                .with(coordinator.signedIn())
                .param("kind", "WORKSHOP")
                .param("title", title)
                .param("date", day.toString())
                .param("startsAt", "9:00")
                .param("endsAt", "12:00")
                .param("place", "Sál kulturního domu")
                .param("capacity", capacity)
                .param("partners", partners)
                .param("registrationOpen", "true")
                .param("version", "0");
        return published ? form.param("published", "true") : form;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
