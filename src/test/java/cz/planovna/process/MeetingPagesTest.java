package cz.planovna.process;

import static cz.planovna.process.ProcessMother.PISEK;
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
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** A meeting from planning to published minutes, with the e-mails, the iCal part and the PDF. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/jednani";

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
    MeetingRepository meetingRepository;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    GroupSubscriptionRepository subscriptionRepository;

    @Autowired
    SubscriptionLinks links;

    @Autowired
    DocumentRepository documentRepository;

    @Autowired
    DocumentContentRepository documentContents;

    @Autowired
    FileChecks fileChecks;

    ProcessMother mother;
    MeetingMother meetings;
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        meetings = new MeetingMother(mother, groups, meetingRepository, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(CzechFormats.PRAGUE).plusDays(days);
    }

    static String czech(LocalDate date) {
        return date.getDayOfMonth() + ". " + date.getMonthValue() + ". " + date.getYear();
    }

    @Test
    void aCoordinatorRunsAMeetingFromInvitationToPublishedMinutes() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Senioři"));
        String named = "Jana Veřejná" + ProcessMother.unique("");
        String privateName = "Petr Soukromý" + ProcessMother.unique("");
        String namedMail = "verejna." + System.nanoTime() + "@example.cz";
        String privateMail = "soukromy." + System.nanoTime() + "@example.cz";
        long namedId = meetings.member(group, named, namedMail, MemberRole.CHAIR, true);
        long privateId = meetings.member(group, privateName, privateMail, MemberRole.MEMBER, false);
        String subscriber = SubscriptionMother.uniqueEmail("odberatel");
        new SubscriptionMother(subscriptionRepository, groups, links, tx).confirmed(group, subscriber);
        LocalDate day = inDays(10);

        // plan it
        MvcResult created = mvc.perform(meetingForm(post(BASE + "/nove"), group, "<b>Jednání</b> skupiny", day, "14:00")
                        .param("agenda", "Zahájení\nKatalog služeb\n\nRůzné"))
                .andExpect(redirectedUrlPattern(BASE + "/*"))
                .andReturn();
        String url = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Document page = page(mvc.perform(get(url).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("<b>Jednání</b> skupiny");
        assertThat(page.select("h1 b")).isEmpty();
        assertThat(page.select("#agenda-heading + ol li").eachText())
                .containsExactly("Zahájení", "Katalog služeb", "Různé");

        // materials from the library: the public one also in the published minutes
        DocumentMother library = new DocumentMother(mother, documentRepository, documentContents, fileChecks, tx);
        String publicTitle = ProcessMother.unique("Návrh plánu");
        String internalTitle = ProcessMother.unique("Interní podklad");
        long publicDoc = library.document(
                STRAKONICE, DocumentMother.details(publicTitle, DocumentCategory.PLAN, DocumentVisibility.PUBLIC));
        long internalDoc = library.document(
                STRAKONICE, DocumentMother.details(internalTitle, DocumentCategory.OTHER, DocumentVisibility.INTERNAL));
        for (long doc : new long[] {publicDoc, internalDoc}) {
            mvc.perform(post(url + "/podklady")
                            .with(csrf())
                            .with(coordinator.signedIn())
                            .param("documentId", String.valueOf(doc))
                            .param("version", version(id)))
                    .andExpect(status().is3xxRedirection());
        }
        Document withMaterials =
                page(mvc.perform(get(url).with(coordinator.signedIn())).andReturn());
        assertThat(withMaterials.select("#attachments-heading + ul li a").eachText())
                .containsExactlyInAnyOrder(publicTitle, internalTitle);

        // invite: each member gets a mail of their own with a valid iCal part
        mvc.perform(post(url + "/pozvanka")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id)))
                .andExpect(status().is3xxRedirection());
        MimeMessage invitation = MailReader.awaitMailTo(greenMail, namedMail);
        MailReader.awaitMailTo(greenMail, privateMail);
        // a subscriber of the open group gets it too, with a working unsubscribe link
        MimeMessage toSubscriber = MailReader.awaitMailTo(greenMail, subscriber);
        assertThat(toSubscriber.getHeader("List-Unsubscribe")[0]).contains("/odber/odhlasit/");
        assertThat(MailReader.body(toSubscriber)).contains("/odber/odhlasit/");
        assertThat(invitation.getHeader("List-Unsubscribe")).isNull();
        Calendar subscriberIcs = new CalendarBuilder()
                .build(new ByteArrayInputStream(MailReader.attachment(toSubscriber, "pozvanka.ics")));
        subscriberIcs.validate();
        assertThat(((VEvent) subscriberIcs.getComponent("VEVENT").orElseThrow())
                        .getUid()
                        .orElseThrow()
                        .getValue())
                .isEqualTo("meeting-" + id + "@planovna.cz");
        assertThat(invitation.getSubject().replace('\u00a0', ' '))
                .startsWith("Pozvánka: ")
                .contains("<b>Jednání</b> skupiny", czech(day));
        assertThat(MailReader.body(invitation))
                .contains(
                        "1. Zahájení",
                        "3. Různé",
                        "od 14:00 do 16:00",
                        publicTitle,
                        "/dokumenty/" + publicDoc + "/stahnout",
                        internalTitle,
                        "(po přihlášení do Plánovny)");
        assertThat(invitation.getAllRecipients()).hasSize(1);
        assertThat(MailReader.attachmentType(invitation, "pozvanka.ics")).startsWith("text/calendar");
        Calendar ics = new CalendarBuilder()
                .build(new ByteArrayInputStream(MailReader.attachment(invitation, "pozvanka.ics")));
        VEvent event = (VEvent) ics.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + id + "@planovna.cz");
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getDateTimeStart().getValue())
                .isEqualTo(ZonedDateTime.of(day, java.time.LocalTime.of(14, 0), CzechFormats.PRAGUE)
                        .withZoneSameInstant(java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        ics.validate();

        // attendance, minutes, a decision with votes, a task
        mvc.perform(post(url + "/dochazka")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("statuses[" + namedId + "]", "PRESENT")
                        .param("statuses[" + privateId + "]", "PRESENT")
                        .param("guests", "Eva Hostová, Charita\nKarel Host"))
                .andExpect(status().is3xxRedirection());
        long catalogueItem = meetings.load(id).agenda().get(1).id();
        mvc.perform(post(url + "/zapis")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("summary", "Jednání zahájila předsedkyně.")
                        .param("notes[" + catalogueItem + "]", "Skupina prošla katalog služeb."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/zapis/usneseni")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("itemId", String.valueOf(catalogueItem))
                        .param("wording", "Skupina doporučuje zařadit katalog do plánu.")
                        .param("votesFor", "7")
                        .param("votesAgainst", "0")
                        .param("votesAbstained", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/zapis/ukoly")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("assigneeMemberId", String.valueOf(privateId))
                        .param("description", "Ověřit kapacity pečovatelské služby")
                        .param("dueOn", czech(day.plusDays(14))))
                .andExpect(status().is3xxRedirection());

        // not public before publication
        mvc.perform(get("/orp/" + STRAKONICE + "/zapisy/" + id)).andExpect(status().isNotFound());

        mvc.perform(post(url + "/zapis/schvalit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("approvedBy", "předsedkyně skupiny"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/zapis/zverejnit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.load(id).minutesState()).isEqualTo(MinutesState.PUBLISHED);
        MimeMessage announcement = awaitSubject(namedMail, "Zveřejněn zápis");
        assertThat(MailReader.body(announcement)).contains("/orp/" + STRAKONICE + "/zapisy/" + id);

        // the public reads the minutes: names only with consent, guests only counted
        Document minutes = page(mvc.perform(get("/orp/" + STRAKONICE + "/zapisy/" + id))
                .andExpect(status().isOk())
                .andReturn());
        String text = minutes.select("main").text();
        assertThat(text).contains(named, "Usnesení č. 1:", "pro 7, proti 0, zdrželo se 1", "Ověřit kapacity");
        assertThat(text).contains("Člen/členka (Uživatelé služeb)");
        assertThat(text).doesNotContain(privateName, "Eva Hostová", privateMail, namedMail, internalTitle);
        assertThat(minutes.select("a[href$=/dokumenty/" + publicDoc + "/stahnout]")
                        .text())
                .isEqualTo(publicTitle);
        Document list = page(mvc.perform(get("/orp/" + STRAKONICE + "/zapisy"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("main a[href$=/zapisy/" + id + "]")).hasSize(1);

        // …and as PDF
        MvcResult pdf = mvc.perform(get("/orp/" + STRAKONICE + "/zapisy/" + id + "/pdf"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        // kept for a look (pdftoppm): a PDF is checked by eye as well as by its text
        java.nio.file.Path saved = java.nio.file.Path.of("target", "screenshots", "MeetingPagesTest-zapis.pdf");
        java.nio.file.Files.createDirectories(saved.getParent());
        java.nio.file.Files.write(saved, pdf.getResponse().getContentAsByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertThat(pdfText)
                    .contains(
                            "Zápis: <b>Jednání</b> skupiny", "Usnesení č. 1:", "Skupina prošla katalog služeb.", named);
            assertThat(pdfText).doesNotContain(privateName);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Zápis: <b>Jednání</b> skupiny");
        }

        // published minutes are final
        mvc.perform(post(url + "/zapis")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(id))
                        .param("summary", "Přepsáno"))
                .andExpect(status().isOk());
        assertThat(meetings.load(id).minutesSummary()).isEqualTo("Jednání zahájila předsedkyně.");
    }

    @Test
    void badMeetingsAreExplainedAndNothingIsSaved() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Rodiny"));
        LocalDate day = inDays(20);
        meetings.meeting(STRAKONICE, group, MeetingMother.details("Stávající", day));
        long before = meetingRepository.count();

        Document past = page(mvc.perform(meetingForm(post(BASE + "/nove"), group, "Včera", inDays(-1), "10:00"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(past.select("#date-error").text()).contains("Datum jednání je v minulosti");

        Document overlap = page(mvc.perform(meetingForm(post(BASE + "/nove"), group, "Souběh", day, "15:00"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(overlap.select("#startsAt-error").text()).contains("jiné jednání");

        Document bad = page(mvc.perform(post(BASE + "/nove")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("groupId", String.valueOf(group))
                        .param("title", "")
                        .param("date", "31. 2. 2031")
                        .param("startsAt", "16:00")
                        .param("endsAt", "15:00")
                        .param("place", "")
                        .param("onlineUrl", "javascript:alert(1)")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(bad.select(".error-summary li")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(bad.select("#endsAt-error").text()).contains("Konec musí být později");
        assertThat(bad.select("#onlineUrl-error").text()).contains("https://");
        assertThat(bad.select("#date-error").text()).isNotEmpty();
        assertThat(bad.select("#onlineUrl").val()).isEqualTo("javascript:alert(1)");

        assertThat(meetingRepository.count()).isEqualTo(before);
    }

    @Test
    void openTasksComeBackAtTheNextMeetingUntilDone() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Krize"));
        long first = meetings.meeting(STRAKONICE, group, MeetingMother.details("První", inDays(3), "Úvod"));
        long second = meetings.meeting(STRAKONICE, group, MeetingMother.details("Druhé", inDays(30), "Úvod"));
        mvc.perform(post(BASE + "/" + first + "/zapis/ukoly")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", version(first))
                        .param("assigneeOther", "koordinátor KPSS")
                        .param("description", "Rozeslat dotazník obcím"))
                .andExpect(status().is3xxRedirection());

        Document next = page(mvc.perform(get(BASE + "/" + second).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(next.select("#carried-heading ~ div tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Rozeslat dotazník obcím", "koordinátor KPSS", "bez termínu");
        String taskDone = next.select("form[action$=/hotovo]").attr("action");
        String taskVersion =
                next.select("form[action$=/hotovo] input[name=version]").val();
        mvc.perform(post(taskDone).with(csrf()).with(coordinator.signedIn()).param("version", taskVersion))
                .andExpect(status().is3xxRedirection());

        Document after = page(mvc.perform(get(BASE + "/" + second).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(after.select("#carried-heading")).isEmpty();
    }

    @Test
    void anotherOrpsCoordinatorNeitherSeesNorChangesTheMeetings() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("Cizí"));
        long id = meetings.meeting(STRAKONICE, group, MeetingMother.details("Interní", inDays(5), "Úvod"));
        TestUser other = mother.districtCoordinator(PISEK);

        mvc.perform(get(BASE + "/" + id).with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/zapis").with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/pozvanka")
                        .with(csrf())
                        .with(other.signedIn())
                        .param("version", version(id)))
                .andExpect(status().isForbidden());
        // the meeting is not PISEK's: asking under PISEK's code finds nothing
        mvc.perform(get("/orp/" + PISEK + "/planovani/jednani/" + id).with(other.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orp/" + STRAKONICE + "/zapisy/" + id)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder meetingForm(
            MockHttpServletRequestBuilder request, long group, String title, LocalDate day, String start) {
        int startHour = Integer.parseInt(start.substring(0, start.indexOf(':')));
        return request.with(csrf())
                .with(coordinator.signedIn())
                .param("groupId", String.valueOf(group))
                .param("title", title)
                .param("date", czech(day))
                .param("startsAt", start)
                .param("endsAt", (startHour + 2) + ":00")
                .param("place", "MěÚ Strakonice")
                .param("onlineUrl", "")
                .param("version", "0");
    }

    private MimeMessage awaitSubject(String recipient, String subjectStart) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (m.getSubject().startsWith(subjectStart)
                        && m.getAllRecipients()[0].toString().equals(recipient)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail '" + subjectStart + "' to " + recipient);
    }

    private String version(long meetingId) {
        return String.valueOf(meetings.version(meetingId));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
