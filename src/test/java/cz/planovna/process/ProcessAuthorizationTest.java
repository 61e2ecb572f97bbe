package cz.planovna.process;

import static cz.planovna.process.ProcessMother.JIHOCESKY;
import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.PLZENSKY;
import static cz.planovna.process.ProcessMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the process module (GET and POST) against every kind of visitor, with the exact
 * outcome: the page (200), done and redirected (302 elsewhere), sent to login (302 to /login) or
 * refused (403). "Own" means Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is
 * Písek (same kraj, so only the ORP differs) and the foreign kraj the Plzeňský.
 */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessAuthorizationTest {

    /**
     * O = 200 page, R = 302 done (not to login), L = 302 to the login page, D = 403, P = 302 to a
     * public page (subscriptions), N = 404.
     */
    static final String BASE = "/orp/" + STRAKONICE + "/planovani";

    static final String EVERYONE_DONE = "PPPPPPPPP";

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
    GroupSubscriptionRepository subscriptionRepository;

    @Autowired
    SubscriptionLinks links;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MeetingRepository meetingRepository;

    @Autowired
    PlanningEventRepository events;

    @Autowired
    NewsRepository newsRepository;

    @Autowired
    EventRegistrationRepository eventRegistrations;

    @Autowired
    DocumentRepository documentRepository;

    @Autowired
    DocumentContentRepository documentContents;

    @Autowired
    FileChecks fileChecks;

    DocumentMother documentMother;
    long internalDocumentId;
    long publicDocumentId;

    ProcessMother mother;
    MeetingMother meetingMother;
    long meetingId;
    long publishedId;
    long eventId;
    long newsId;
    SubscriptionMother subscriptions;
    AuthorizationMatrix authorization;
    long roundId;
    long groupId;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done, back to the planning pages; P = a public form done, back to a public page
                .outcome('R', redirect(location -> assertThat(location).startsWith(BASE)))
                .outcome(
                        'P',
                        redirect(location ->
                                assertThat(location).matches("/orp/" + STRAKONICE + "/(proces|akce)/.*|/odber/.*")));
        roundId = mother.round(STRAKONICE, ProcessMother.unique("Etapa matice"));
        groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS matice"));
        meetingMother = new MeetingMother(mother, groups, meetingRepository, tx);
        meetingId = meetingMother.meeting(
                STRAKONICE,
                groupId,
                MeetingMother.details("Jednání matice", LocalDate.now().plusDays(3), "Úvod"));
        publishedId = meetingMother.meeting(
                STRAKONICE,
                groupId,
                MeetingMother.details("Zveřejněné", LocalDate.now().plusDays(4), "Úvod"));
        meetingMother.publish(publishedId);
        newsId = freshNews();
        eventId = tx.execute(s -> events.save(new PlanningEvent(
                        mother.orp(STRAKONICE),
                        new EventDetails(
                                EventKind.SEMINAR,
                                "Seminář matice",
                                null,
                                LocalDate.now().plusDays(30),
                                java.time.LocalTime.of(9, 0),
                                java.time.LocalTime.of(12, 0),
                                "MěÚ",
                                null,
                                null,
                                true,
                                true,
                                java.util.Set.of()),
                        java.time.Instant.now()))
                .id());
        subscriptions = new SubscriptionMother(subscriptionRepository, groups, links, tx);
        // its own group: the edit case above saves groupId without openForSubscription, closing it
        openGroupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS matice odběr"));
        subscriptionId = subscriptions
                .confirmed(openGroupId, SubscriptionMother.uniqueEmail("matice"))
                .id();
        documentMother = new DocumentMother(mother, documentRepository, documentContents, fileChecks, tx);
        internalDocumentId = freshDocument(DocumentVisibility.INTERNAL);
        publicDocumentId = freshDocument(DocumentVisibility.PUBLIC);
    }

    long openGroupId;
    long subscriptionId;

    Stream<Case> cases() {
        String round = BASE + "/etapy/";
        String group = BASE + "/skupiny/";
        return Stream.of(
                new Case("GET /orp/{code}/proces", "OOOOOOOOO", () -> get("/orp/" + STRAKONICE + "/proces")),
                new Case("GET /orp/{code}/planovani", VIEW, () -> get(BASE)),
                new Case("GET …/etapy/nova", EDIT_PAGE, () -> get(round + "nova")),
                new Case("POST …/etapy/nova", EDIT_DONE, () -> roundForm(post(round + "nova"), 0)),
                new Case("GET …/etapy/{id}", EDIT_PAGE, () -> get(round + roundId)),
                new Case(
                        "POST …/etapy/{id}",
                        EDIT_DONE,
                        () -> roundForm(post(round + roundId), mother.roundVersion(roundId))),
                new Case("GET …/etapy/{id}/projekt", EDIT_PAGE, () -> get(round + roundId + "/projekt")),
                new Case(
                        "POST …/etapy/{id}/projekt",
                        EDIT_DONE,
                        () -> post(round + roundId + "/projekt")
                                .param("registrationNumber", "CZ.03.2.63/0.0/0.0/16_063/0006575")
                                .param("periodFrom", "1. 3. 2018")
                                .param("periodTo", "28. 2. 2020")
                                .param("implementer", "CpKP jižní Čechy")
                                .param("version", String.valueOf(mother.roundVersion(roundId)))),
                new Case("GET …/etapy/{id}/tym", EDIT_PAGE, () -> get(round + roundId + "/tym")),
                new Case(
                        "POST …/etapy/{id}/tym",
                        EDIT_DONE,
                        () -> post(round + roundId + "/tym")
                                .param("coordinatorName", "Jana Koordinátorka")
                                .param("team", "Petr Novák – garant")
                                .param("version", String.valueOf(mother.roundVersion(roundId)))),
                new Case("GET …/skupiny/nova", EDIT_PAGE, () -> get(group + "nova")),
                new Case("POST …/skupiny/nova", EDIT_DONE, () -> groupForm(post(group + "nova"), 0)),
                new Case("GET …/skupiny/{id}", VIEW, () -> get(group + groupId)),
                new Case("GET …/skupiny/{id}/upravit", EDIT_PAGE, () -> get(group + groupId + "/upravit")),
                new Case(
                        "POST …/skupiny/{id}/upravit",
                        EDIT_DONE,
                        () -> groupForm(post(group + groupId + "/upravit"), mother.groupVersion(groupId))),
                new Case(
                        "POST …/skupiny/{id}/clenove",
                        EDIT_DONE,
                        () -> post(group + groupId + "/clenove")
                                .param("fullName", "Nový Člen")
                                .param("role", "MEMBER")
                                .param("sector", "PUBLIC")
                                .param("version", String.valueOf(mother.groupVersion(groupId)))),
                new Case("POST …/skupiny/{id}/clenove/{member}/prehled", EDIT_DONE, () -> {
                    long member = mother.member(groupId, ProcessMother.unique("Čtenář"), false);
                    return post(group + groupId + "/clenove/" + member + "/prehled")
                            .param("wants", "false")
                            .param("version", String.valueOf(mother.groupVersion(groupId)));
                }),
                new Case("POST …/skupiny/{id}/clenove/{member}/odebrat", EDIT_DONE, () -> {
                    long member = mother.member(groupId, ProcessMother.unique("Odcházející"), false);
                    return post(group + groupId + "/clenove/" + member + "/odebrat")
                            .param("version", String.valueOf(mother.groupVersion(groupId)));
                }),
                // subscriptions: public, without an account
                new Case("GET /orp/{code}/proces/skupiny/{id}/odber", EVERYONE, () -> get(subscribe())),
                new Case(
                        "POST /orp/{code}/proces/skupiny/{id}/odber",
                        EVERYONE_DONE,
                        () -> post(subscribe())
                                .param("email", SubscriptionMother.uniqueEmail("verejnost"))
                                .param("consent", "true")),
                new Case(
                        "GET /odber/potvrdit/{token}",
                        EVERYONE,
                        () -> get(SubscriptionLinks.CONFIRM_PATH + pending().confirmToken())),
                new Case(
                        "POST /odber/potvrdit/{token}",
                        EVERYONE_DONE,
                        () -> post(SubscriptionLinks.CONFIRM_PATH + pending().confirmToken())),
                new Case(
                        "POST /odber/potvrdit/{unknown}",
                        "NNNNNNNNN",
                        () -> post(SubscriptionLinks.CONFIRM_PATH + "neznamy")),
                new Case("GET /odber/potvrzeno", EVERYONE, () -> get("/odber/potvrzeno")),
                new Case(
                        "GET /odber/odhlasit/{token}",
                        EVERYONE,
                        () -> get(SubscriptionLinks.UNSUBSCRIBE_PATH + pending().unsubscribeToken())),
                new Case(
                        "POST /odber/odhlasit/{token}",
                        EVERYONE_DONE,
                        () -> post(
                                SubscriptionLinks.UNSUBSCRIBE_PATH + pending().unsubscribeToken())),
                new Case("GET /odber/odhlaseno", EVERYONE, () -> get("/odber/odhlaseno")),
                // subscribers: internal
                new Case("GET …/skupiny/{id}/odberatele", VIEW, () -> get(group + openGroupId + "/odberatele")),
                new Case(
                        "GET …/skupiny/{id}/odberatele/{sid}/odebrat",
                        EDIT_PAGE,
                        () -> get(group + openGroupId + "/odberatele/" + subscriptionId + "/odebrat")),
                new Case("POST …/skupiny/{id}/odberatele/{sid}/odebrat", EDIT_DONE, () -> {
                    SubscriptionMother.Created s = pending();
                    return post(group + openGroupId + "/odberatele/" + s.id() + "/odebrat")
                            .param("version", String.valueOf(subscriptions.version(s.id())));
                }),
                new Case("GET …/odberatele (GDPR)", EDIT_PAGE, () -> get(BASE + "/odberatele")),
                new Case("POST …/odberatele (GDPR search)", EDIT_PAGE, () -> gdpr("")),
                new Case("POST …/odberatele/export", EDIT_PAGE, () -> gdpr("/export")),
                new Case("POST …/odberatele/vymazat/potvrdit", EDIT_PAGE, () -> gdpr("/vymazat/potvrdit")),
                new Case("POST …/odberatele/vymazat", EDIT_DONE, () -> {
                    String email = SubscriptionMother.uniqueEmail("vymaz");
                    subscriptions.confirmed(openGroupId, email);
                    return post(BASE + "/odberatele/vymazat").param("email", email);
                }));
    }

    /** Meetings and minutes; a request that changes state gets a meeting of its own. */
    Stream<Case> meetingCases() {
        String meetings = BASE + "/jednani/";
        return Stream.of(
                new Case("GET …/jednani", VIEW, () -> get(BASE + "/jednani")),
                new Case("GET …/jednani/nove", EDIT_PAGE, () -> get(meetings + "nove")),
                new Case("POST …/jednani/nove", EDIT_DONE, () -> meetingForm(post(meetings + "nove"), freshGroup(), 0)),
                new Case("GET …/jednani/{id}", VIEW, () -> get(meetings + meetingId)),
                new Case("GET …/jednani/{id}/upravit", EDIT_PAGE, () -> get(meetings + meetingId + "/upravit")),
                new Case("POST …/jednani/{id}/upravit", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return meetingForm(post(meetings + id + "/upravit"), groupId, meetingMother.version(id));
                }),
                new Case("POST …/jednani/{id}/zrusit", EDIT_DONE, () -> versioned(meetings, freshMeeting(), "/zrusit")),
                new Case(
                        "POST …/jednani/{id}/pozvanka",
                        EDIT_DONE,
                        () -> versioned(meetings, freshMeeting(), "/pozvanka")),
                new Case("POST …/jednani/{id}/podklady", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return versioned(meetings, id, "/podklady").param("documentId", String.valueOf(publicDocumentId));
                }),
                new Case("POST …/jednani/{id}/podklady/{doc}/odebrat", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return versioned(meetings, id, "/podklady/" + publicDocumentId + "/odebrat");
                }),
                new Case("POST …/jednani/{id}/dochazka", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return post(meetings + id + "/dochazka")
                            .param("guests", "Host, Obec")
                            .param("version", String.valueOf(meetingMother.version(id)));
                }),
                new Case("POST …/jednani/{id}/ukoly/{task}/hotovo", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    long task = meetingMother.draftWithDecisionAndTask(id);
                    return post(meetings + id + "/ukoly/" + task + "/hotovo").param("version", "0");
                }),
                new Case("GET …/jednani/{id}/zapis", VIEW, () -> get(meetings + meetingId + "/zapis")),
                new Case("POST …/jednani/{id}/zapis", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return post(meetings + id + "/zapis")
                            .param("summary", "Shrnutí")
                            .param("version", String.valueOf(meetingMother.version(id)));
                }),
                new Case("POST …/zapis/usneseni", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return post(meetings + id + "/zapis/usneseni")
                            .param(
                                    "itemId",
                                    String.valueOf(meetingMother
                                            .load(id)
                                            .agenda()
                                            .get(0)
                                            .id()))
                            .param("wording", "Usnesení")
                            .param("version", String.valueOf(meetingMother.version(id)));
                }),
                new Case("POST …/zapis/usneseni/{n}/odebrat", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    meetingMother.draftWithDecisionAndTask(id);
                    return versioned(meetings, id, "/zapis/usneseni/1/odebrat");
                }),
                new Case("POST …/zapis/ukoly", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    return post(meetings + id + "/zapis/ukoly")
                            .param("assigneeOther", "koordinátor")
                            .param("description", "Úkol")
                            .param("version", String.valueOf(meetingMother.version(id)));
                }),
                new Case("POST …/zapis/ukoly/{task}/odebrat", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    long task = meetingMother.draftWithDecisionAndTask(id);
                    return versioned(meetings, id, "/zapis/ukoly/" + task + "/odebrat");
                }),
                new Case("POST …/zapis/schvalit", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    meetingMother.draftWithDecisionAndTask(id);
                    return versioned(meetings, id, "/zapis/schvalit").param("approvedBy", "předseda");
                }),
                new Case("POST …/zapis/vratit", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    meetingMother.approve(id);
                    return versioned(meetings, id, "/zapis/vratit");
                }),
                new Case("POST …/zapis/zverejnit", EDIT_DONE, () -> {
                    long id = freshMeeting();
                    meetingMother.approve(id);
                    return versioned(meetings, id, "/zapis/zverejnit");
                }),
                new Case("GET /orp/{code}/zapisy", "OOOOOOOOO", () -> get("/orp/" + STRAKONICE + "/zapisy")),
                new Case(
                        "GET /orp/{code}/zapisy/{id}",
                        "OOOOOOOOO",
                        () -> get("/orp/" + STRAKONICE + "/zapisy/" + publishedId)),
                new Case(
                        "GET /orp/{code}/zapisy/{id}/pdf",
                        "OOOOOOOOO",
                        () -> get("/orp/" + STRAKONICE + "/zapisy/" + publishedId + "/pdf")));
    }

    /** Events: the organiser's pages are internal; the public pages and registration are for anyone. */
    Stream<Case> eventCases() {
        String events = BASE + "/akce/";
        String publicEvent = "/orp/" + STRAKONICE + "/akce/" + eventId;
        return Stream.of(
                new Case("GET …/akce", VIEW, () -> get(BASE + "/akce")),
                new Case("GET …/akce/nova", EDIT_PAGE, () -> get(events + "nova")),
                new Case("POST …/akce/nova", EDIT_DONE, () -> eventForm(post(events + "nova"), 0)),
                new Case("GET …/akce/{id}", VIEW, () -> get(events + eventId)),
                new Case("GET …/akce/{id}/upravit", EDIT_PAGE, () -> get(events + eventId + "/upravit")),
                new Case(
                        "POST …/akce/{id}/upravit",
                        EDIT_DONE,
                        () -> eventForm(post(events + eventId + "/upravit"), eventVersion())),
                new Case("POST …/akce/{id}/registrace/{r}/zrusit", EDIT_DONE, () -> {
                    long registration = tx.execute(s -> eventRegistrations
                            .save(new EventRegistration(
                                    eventId,
                                    "Jana",
                                    null,
                                    ProcessMother.unique("r").replace(" ", ".") + "@example.cz",
                                    ProcessMother.unique("hash"),
                                    java.time.Instant.now()))
                            .toView()
                            .id());
                    return post(events + eventId + "/registrace/" + registration + "/zrusit");
                }),
                new Case("GET /orp/{code}/akce", "OOOOOOOOO", () -> get("/orp/" + STRAKONICE + "/akce")),
                new Case("GET /orp/{code}/akce.ics", "OOOOOOOOO", () -> get("/orp/" + STRAKONICE + "/akce.ics")),
                new Case("GET /orp/{code}/akce/{id}", "OOOOOOOOO", () -> get(publicEvent)),
                new Case(
                        "POST /orp/{code}/akce/{id}/registrace",
                        "PPPPPPPPP",
                        () -> post(publicEvent + "/registrace")
                                .param("fullName", "Jana Nová")
                                .param("email", ProcessMother.unique("j").replace(" ", ".") + "@example.cz")
                                .param("consent", "true")),
                new Case("GET /akce/registrace/zrusit/{token}", "OOOOOOOOO", () -> get("/akce/registrace/zrusit/abc")));
    }

    /** News: editing is for those who edit the planning; published items are public. */
    Stream<Case> newsCases() {
        String news = BASE + "/aktuality/";
        return Stream.of(
                new Case("GET …/aktuality", VIEW, () -> get(BASE + "/aktuality")),
                new Case("GET …/aktuality/nova", EDIT_PAGE, () -> get(news + "nova")),
                new Case(
                        "POST …/aktuality/nova",
                        EDIT_DONE,
                        () -> post(news + "nova")
                                .param("title", ProcessMother.unique("Pozvánka"))
                                .param("body", "Text")
                                .param("published", "true")
                                .param("version", "0")),
                new Case("GET …/aktuality/{id}", EDIT_PAGE, () -> get(news + newsId)),
                new Case(
                        "POST …/aktuality/{id}",
                        EDIT_DONE,
                        () -> post(news + newsId)
                                .param("title", ProcessMother.unique("Pozvánka"))
                                .param("body", "Text")
                                .param("published", "true")
                                .param(
                                        "version",
                                        String.valueOf(newsRepository
                                                .findById(newsId)
                                                .orElseThrow()
                                                .version()))),
                new Case("POST …/aktuality/{id}/smazat", EDIT_DONE, () -> {
                    long id = freshNews();
                    return post(news + id + "/smazat").param("version", "0");
                }),
                new Case("GET /orp/{code}/aktuality", "OOOOOOOOO", () -> get("/orp/" + STRAKONICE + "/aktuality")),
                new Case(
                        "GET /orp/{code}/aktuality/{id}",
                        "OOOOOOOOO",
                        () -> get("/orp/" + STRAKONICE + "/aktuality/" + newsId)));
    }

    private long freshNews() {
        return tx.execute(s -> newsRepository
                .save(new NewsItem(
                        mother.orp(STRAKONICE),
                        "Aktualita",
                        null,
                        "Text",
                        true,
                        LocalDate.now(),
                        java.time.Instant.now()))
                .id());
    }

    private long eventVersion() {
        return events.findById(eventId).orElseThrow().version();
    }

    private static MockHttpServletRequestBuilder eventForm(MockHttpServletRequestBuilder post, long version) {
        return post.param("kind", "SEMINAR")
                .param("title", ProcessMother.unique("Seminář"))
                .param("date", LocalDate.now().plusDays(20).toString())
                .param("startsAt", "9:00")
                .param("endsAt", "11:00")
                .param("place", "MěÚ")
                .param("registrationOpen", "true")
                .param("published", "true")
                .param("version", String.valueOf(version));
    }

    /** The document library; a request that changes state gets a document of its own. */
    Stream<Case> documentCases() {
        String documents = BASE + "/dokumenty/";
        String publicList = "/orp/" + STRAKONICE + "/dokumenty";
        return Stream.of(
                new Case("GET …/dokumenty", VIEW, () -> get(BASE + "/dokumenty")),
                new Case("GET …/dokumenty/novy", EDIT_PAGE, () -> get(documents + "novy")),
                new Case(
                        "POST …/dokumenty/novy",
                        EDIT_DONE,
                        () -> pdfUpload(multipart(documents + "novy"))
                                .param("title", ProcessMother.unique("Dokument"))
                                .param("category", "PLAN")
                                .param("visibility", "INTERNAL")
                                .param("version", "0")),
                new Case("GET …/dokumenty/{id}", VIEW, () -> get(documents + internalDocumentId)),
                new Case("POST …/dokumenty/{id}/verze", EDIT_DONE, () -> {
                    long id = freshDocument(DocumentVisibility.INTERNAL);
                    return pdfUpload(multipart(documents + id + "/verze"))
                            .param("version", String.valueOf(documentMother.version(id)));
                }),
                new Case(
                        "GET …/dokumenty/{id}/verze/{n}", VIEW, () -> get(documents + internalDocumentId + "/verze/1")),
                new Case(
                        "GET …/dokumenty/{id}/upravit",
                        EDIT_PAGE,
                        () -> get(documents + internalDocumentId + "/upravit")),
                new Case("POST …/dokumenty/{id}/upravit", EDIT_DONE, () -> {
                    long id = freshDocument(DocumentVisibility.INTERNAL);
                    return post(documents + id + "/upravit")
                            .param("title", ProcessMother.unique("Upravený"))
                            .param("category", "ANALYSIS")
                            .param("visibility", "PUBLIC")
                            .param("version", String.valueOf(documentMother.version(id)));
                }),
                new Case(
                        "GET …/dokumenty/{id}/smazat",
                        EDIT_PAGE,
                        () -> get(documents + internalDocumentId + "/smazat")),
                new Case("POST …/dokumenty/{id}/smazat", EDIT_DONE, () -> {
                    long id = freshDocument(DocumentVisibility.PUBLIC);
                    return post(documents + id + "/smazat")
                            .param("version", String.valueOf(documentMother.version(id)));
                }),
                new Case("GET /orp/{code}/dokumenty", "OOOOOOOOO", () -> get(publicList)),
                new Case(
                        "GET /orp/{code}/dokumenty/{public}/stahnout",
                        "OOOOOOOOO",
                        () -> get(publicList + "/" + publicDocumentId + "/stahnout")),
                // an internal document is not there for anybody at the public address, its own people included
                new Case(
                        "GET /orp/{code}/dokumenty/{internal}/stahnout",
                        "NNNNNNNNN",
                        () -> get(publicList + "/" + internalDocumentId + "/stahnout")));
    }

    private long freshDocument(DocumentVisibility visibility) {
        return documentMother.document(
                STRAKONICE,
                DocumentMother.details(ProcessMother.unique("Dokument matice"), DocumentCategory.OTHER, visibility));
    }

    private static AbstractMockHttpServletRequestBuilder<?> pdfUpload(
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
        return request.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", DocumentFiles.pdf("Plán")));
    }

    private long freshGroup() {
        return mother.workingGroup(STRAKONICE, ProcessMother.unique("PS jednání"));
    }

    private long freshMeeting() {
        long group = freshGroup();
        meetingMother.member(group, "Člen Pozvaný", "pozvany@example.cz", MemberRole.MEMBER, false);
        return meetingMother.meeting(
                STRAKONICE,
                group,
                MeetingMother.details("Jednání", LocalDate.now().plusDays(7), "Úvod"));
    }

    private MockHttpServletRequestBuilder versioned(String meetings, long id, String path) {
        return post(meetings + id + path).param("version", String.valueOf(meetingMother.version(id)));
    }

    private static MockHttpServletRequestBuilder meetingForm(
            MockHttpServletRequestBuilder post, long group, long version) {
        return post.param("groupId", String.valueOf(group))
                .param("title", ProcessMother.unique("Jednání"))
                .param("date", LocalDate.now().plusDays(14).toString())
                .param("startsAt", "9:00")
                .param("endsAt", "11:00")
                .param("place", "MěÚ")
                .param("agenda", "Úvod")
                .param("version", String.valueOf(version));
    }

    private String subscribe() {
        return "/orp/" + STRAKONICE + "/proces/skupiny/" + openGroupId + "/odber";
    }

    private SubscriptionMother.Created pending() {
        return subscriptions.pending(openGroupId, SubscriptionMother.uniqueEmail("odkaz"));
    }

    private MockHttpServletRequestBuilder gdpr(String path) {
        return post(BASE + "/odberatele" + path).param("email", "matice@example.cz");
    }

    Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(cases(), meetingCases(), eventCases(), newsCases(), documentCases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }

    private static MockHttpServletRequestBuilder roundForm(MockHttpServletRequestBuilder post, long version) {
        return post.param("name", ProcessMother.unique("Etapa"))
                .param("periodFrom", "1. 1. 2020")
                .param("periodTo", "31. 12. 2021")
                .param("state", "PREPARATION")
                .param("version", String.valueOf(version));
    }

    private static MockHttpServletRequestBuilder groupForm(MockHttpServletRequestBuilder post, long version) {
        return post.param("kind", "WORKING")
                .param("name", ProcessMother.unique("PS"))
                .param("version", String.valueOf(version));
    }
}
