package cz.planovna.process;

import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The document library: upload, versions and history, search, public and internal documents. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/dokumenty";
    static final String PUBLIC = "/orp/" + STRAKONICE + "/dokumenty";

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
    DocumentRepository documentRepository;

    @Autowired
    DocumentContentRepository contents;

    @Autowired
    FileChecks checks;

    @Autowired
    TransactionTemplate tx;

    ProcessMother mother;
    DocumentMother documents;
    TestUser coordinator;
    TestUser member;
    TestUser foreignCoordinator;

    @BeforeAll
    void setUp() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        documents = new DocumentMother(mother, documentRepository, contents, checks, tx);
        coordinator = mother.user(
                "koordinatorka", null, cz.planovna.identity.Grant.districtCoordinator(mother.orp(STRAKONICE)));
        member = mother.groupMember(STRAKONICE);
        foreignCoordinator = mother.districtCoordinator(PISEK);
    }

    @Test
    void aCoordinatorUploadsADocumentAndANewVersionAndTheHistoryShowsBoth() throws Exception {
        String title = "<script>alert('x')</script> " + ProcessMother.unique("Statut");
        byte[] first = DocumentFiles.pdf("Statut verze 1");
        MvcResult created = mvc.perform(upload(multipart(BASE + "/novy"), "Statut řídící skupiny.pdf", first)
                        .param("title", title)
                        .param("category", "STATUTE")
                        .param("visibility", "PUBLIC")
                        .param("description", "Schválený statut")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern(BASE + "/*"))
                .andReturn();
        String url = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        org.jsoup.nodes.Document page = page(get(url), coordinator);
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("main script")).isEmpty();
        assertThat(created.getFlashMap().get("notice")).isEqualTo("process.notice.document.created");

        byte[] second = DocumentFiles.docx();
        mvc.perform(upload(multipart(url + "/verze"), "Statut 2019.docx", second)
                        .param("version", String.valueOf(documents.version(id))))
                .andExpect(redirectedUrl(url));

        page = page(get(url), member);
        assertThat(page.select("#versions-heading + .table-wrap tbody tr")).hasSize(2);
        assertThat(page.select("#versions-heading + .table-wrap tbody tr")
                        .get(0)
                        .text())
                .contains(
                        "2",
                        "aktuální",
                        "Statut 2019.docx",
                        "DOCX",
                        "Test koordinatorka (" + coordinator.email() + ")");
        assertThat(page.select("#versions-heading + .table-wrap tbody tr")
                        .get(1)
                        .text())
                .contains("Statut řídící skupiny.pdf", "PDF")
                .doesNotContain("aktuální");

        // the first version stays downloadable, byte for byte
        MockHttpServletResponse v1 = download(get(url + "/verze/1"), member);
        assertThat(v1.getContentAsByteArray()).isEqualTo(first);
        assertThat(v1.getContentType()).isEqualTo("application/pdf");
        MockHttpServletResponse v2 = download(get(url + "/verze/2"), member);
        assertThat(v2.getContentAsByteArray()).isEqualTo(second);
        assertThat(v2.getContentType()).isEqualTo(FileKind.DOCX.mediaType());
        // the public gets the current version
        MockHttpServletResponse pub = mvc.perform(get(PUBLIC + "/" + id + "/stahnout"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pub.getContentAsByteArray()).isEqualTo(second);
    }

    @Test
    void aFormSentTwiceMakesNoSecondDocumentAndNoSecondVersion() throws Exception {
        String title = ProcessMother.unique("Plán");
        byte[] pdf = DocumentFiles.pdf("Plán");
        MvcResult first = mvc.perform(newDocument(title, "plan.pdf", pdf))
                .andExpect(redirectedUrlPattern(BASE + "/*"))
                .andReturn();
        org.jsoup.nodes.Document again = page(newDocument(title, "plan.pdf", pdf), coordinator);
        assertThat(again.select("#file-error").text())
                .startsWith("Dokument se stejným názvem a stejným souborem už v knihovně je");
        assertThat(listTitles(BASE + "?q=" + title.replace(" ", "%20"), member)).containsExactly(title);

        String url = first.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String shown = String.valueOf(documents.version(id));
        byte[] docx = DocumentFiles.docx();
        mvc.perform(upload(multipart(url + "/verze"), "plan.docx", docx).param("version", shown))
                .andExpect(redirectedUrl(url));
        org.jsoup.nodes.Document twice =
                page(upload(multipart(url + "/verze"), "plan.docx", docx).param("version", shown), coordinator);
        assertThat(twice.select("#file-error").text())
                .isEqualTo("Tento soubor už je aktuální verzí dokumentu, nová verze nevznikla.");
        assertThat(twice.select("#versions-heading + .table-wrap tbody tr")).hasSize(2);
        // another file with the version the form showed before is a conflict as ever
        mvc.perform(upload(multipart(url + "/verze"), "plan2.pdf", DocumentFiles.pdf("Plán 2"))
                        .param("version", shown))
                .andExpect(status().isConflict());
    }

    @Test
    void downloadsAreAttachmentsWithASafeCzechNameAndNoSniffing() throws Exception {
        long id = documents.document(
                STRAKONICE,
                DocumentMother.details(
                        ProcessMother.unique("Jednací řád"), DocumentCategory.RULES, DocumentVisibility.PUBLIC),
                "Jednací řád \"ŘS\".pdf",
                DocumentFiles.pdf("Jednací řád"),
                Instant.now());

        for (String url : new String[] {BASE + "/" + id + "/verze/1", PUBLIC + "/" + id + "/stahnout"}) {
            MockHttpServletResponse response = download(get(url), member);
            assertThat(response.getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"Jednaci rad _RS_.pdf\"; "
                            + "filename*=UTF-8''Jednac%C3%AD%20%C5%99%C3%A1d%20_%C5%98S_.pdf");
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getContentAsByteArray()).startsWith('%', 'P', 'D', 'F');
        }
    }

    @Test
    void disguisedEmptyAndOversizedUploadsAreRefusedOnTheFormAndNothingIsStored() throws Exception {
        String title = ProcessMother.unique("Podvržený");

        org.jsoup.nodes.Document exe = page(newDocument(title, "faktura.pdf", DocumentFiles.exe()), coordinator);
        assertThat(exe.select("#file-error").text()).startsWith("Obsah souboru neodpovídá příponě .pdf");
        assertThat(exe.select(".error-summary a[href=#file]")).hasSize(1);
        assertThat(exe.select("#title").val()).isEqualTo(title);

        org.jsoup.nodes.Document empty = page(newDocument(title, "prazdny.pdf", new byte[0]), coordinator);
        assertThat(empty.select("#file-error").text()).isEqualTo("Soubor je prázdný. Vyberte soubor s obsahem.");

        byte[] large = new byte[(int) checks.maxSize() + 1];
        byte[] pdf = DocumentFiles.pdf("velký");
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        org.jsoup.nodes.Document oversized = page(newDocument(title, "velky.pdf", large), coordinator);
        assertThat(oversized.select("#file-error").text())
                .isEqualTo("Soubor je příliš velký. Nahrát lze soubor do 20 MB.");

        org.jsoup.nodes.Document named = page(newDocument(title, "program.exe", DocumentFiles.exe()), coordinator);
        assertThat(named.select("#file-error").text()).startsWith("Tento druh souboru nelze nahrát.");

        assertThat(listTitles(BASE + "?q=" + title.substring(title.length() - 8), coordinator))
                .isEmpty();
    }

    @Test
    void searchIgnoresCaseAndDiacriticsFiltersByCategoryAndSortsInCzech() throws Exception {
        String tag = ProcessMother.unique("").strip();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        documents.document(
                STRAKONICE,
                internal("Hospic " + tag, DocumentCategory.ANALYSIS),
                "a.pdf",
                DocumentFiles.pdf("a"),
                now.minusSeconds(30));
        documents.document(
                STRAKONICE,
                internal("Chráněné bydlení " + tag, DocumentCategory.ANALYSIS),
                "b.pdf",
                DocumentFiles.pdf("b"),
                now.minusSeconds(20));
        documents.document(
                STRAKONICE,
                internal("Časový plán " + tag, DocumentCategory.PLAN),
                "c.pdf",
                DocumentFiles.pdf("c"),
                now.minusSeconds(10));
        documents.document(
                STRAKONICE, internal("Cíle " + tag, DocumentCategory.PLAN), "d.pdf", DocumentFiles.pdf("d"), now);

        // Czech order: C, Č, H, Ch; a list with results has no empty state
        assertThat(page(get(BASE + "?q=" + tag), member).select(".empty-state")).isEmpty();
        assertThat(listTitles(BASE + "?q=" + tag, member))
                .containsExactly("Cíle " + tag, "Časový plán " + tag, "Hospic " + tag, "Chráněné bydlení " + tag);
        assertThat(listTitles(BASE + "?razeni=NEWEST&q=" + tag, member))
                .containsExactly("Cíle " + tag, "Časový plán " + tag, "Chráněné bydlení " + tag, "Hospic " + tag);
        assertThat(listTitles(BASE + "?q=CHRANENE%20" + tag.toUpperCase(), member))
                .containsExactly("Chráněné bydlení " + tag);
        assertThat(listTitles(BASE + "?kategorie=PLAN&q=" + tag, member))
                .containsExactly("Cíle " + tag, "Časový plán " + tag);
        // wildcards are taken literally
        assertThat(listTitles(BASE + "?q=%25" + tag, member)).isEmpty();
        org.jsoup.nodes.Document none = page(get(BASE + "?kategorie=STATUTE&q=" + tag), member);
        assertThat(none.select(".empty-state").text()).startsWith("Hledání neodpovídá žádný dokument.");
        assertThat(none.select("#kategorie option[selected]").val()).isEqualTo("STATUTE");
    }

    @Test
    void internalDocumentsAreNotFoundForThePublicAndForOtherOrps() throws Exception {
        String tag = ProcessMother.unique("").strip();
        long open = documents.document(
                STRAKONICE,
                DocumentMother.details("Veřejný plán " + tag, DocumentCategory.PLAN, DocumentVisibility.PUBLIC));
        long closed = documents.document(STRAKONICE, internal("Interní analýza " + tag, DocumentCategory.ANALYSIS));

        assertThat(listTitles(PUBLIC + "?q=" + tag, null)).containsExactly("Veřejný plán " + tag);
        assertThat(listTitles(BASE + "?q=" + tag, member))
                .containsExactly("Interní analýza " + tag, "Veřejný plán " + tag);
        mvc.perform(get(PUBLIC + "/" + open + "/stahnout")).andExpect(status().isOk());
        mvc.perform(get(PUBLIC + "/" + closed + "/stahnout")).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/" + closed + "/stahnout").with(foreignCoordinator.signedIn()))
                .andExpect(status().isNotFound());
        // a document of another ORP under this ORP's address does not exist
        mvc.perform(get("/orp/" + PISEK + "/dokumenty/" + open + "/stahnout")).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + closed + "/verze/1").with(foreignCoordinator.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orp/" + PISEK + "/planovani/dokumenty/" + closed).with(foreignCoordinator.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + closed + "/verze/1").with(member.signedIn()))
                .andExpect(status().isOk());
    }

    @Test
    void aStaleEditIsAConflictAndAChangeIsRecordedWithWhoAndWhen() throws Exception {
        long id = documents.document(
                STRAKONICE, internal(ProcessMother.unique("Metodika"), DocumentCategory.METHODOLOGY));
        long version = documents.version(id);
        org.jsoup.nodes.Document form = page(get(BASE + "/" + id + "/upravit"), coordinator);
        assertThat(form.select("main form input[type=file]")).isEmpty();
        assertThat(form.select("input[name=visibility][checked]").val()).isEqualTo("INTERNAL");

        mvc.perform(edit(id, "Metodika plánování", "PUBLIC", version)).andExpect(redirectedUrl(BASE + "/" + id));
        mvc.perform(edit(id, "Metodika – souběžná úprava", "INTERNAL", version)).andExpect(status().isConflict());

        org.jsoup.nodes.Document page = page(get(BASE + "/" + id), member);
        assertThat(page.select("h1").text()).isEqualTo("Metodika plánování");
        assertThat(page.select("#changes-heading ~ ul li").text())
                .contains("Test koordinatorka (" + coordinator.email() + ") změnil(a): název, viditelnost");
    }

    @Test
    void deletingAsksFirstThenHidesTheDocumentAndRecordsWhoDeletedIt() throws Exception {
        String title = ProcessMother.unique("Prezentace");
        long id = documents.document(
                STRAKONICE, DocumentMother.details(title, DocumentCategory.PRESENTATION, DocumentVisibility.PUBLIC));

        org.jsoup.nodes.Document confirm = page(get(BASE + "/" + id + "/smazat"), coordinator);
        assertThat(confirm.select("h1").text()).isEqualTo("Smazat dokument „" + title + "“?");
        assertThat(confirm.select("main form button").text()).isEqualTo("Ano, smazat dokument");

        mvc.perform(post(BASE + "/" + id + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(documents.version(id))))
                .andExpect(redirectedUrl(BASE));

        mvc.perform(get(BASE + "/" + id).with(member.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get(PUBLIC + "/" + id + "/stahnout")).andExpect(status().isNotFound());
        assertThat(listTitles(PUBLIC + "?q=" + title.replace(" ", "%20"), null)).isEmpty();
        assertThat(listTitles(BASE + "?q=" + title.replace(" ", "%20"), member)).isEmpty();
        org.jsoup.nodes.Document library = page(get(BASE), member);
        assertThat(library.select("#deleted-heading + ul li").text())
                .contains(title + " (Prezentace) – smazal(a) Test koordinatorka (" + coordinator.email() + ")");
    }

    private static DocumentDetails internal(String title, DocumentCategory category) {
        return DocumentMother.details(title, category, DocumentVisibility.INTERNAL);
    }

    private MockMultipartHttpServletRequestBuilder newDocument(String title, String fileName, byte[] content) {
        return upload(multipart(BASE + "/novy"), fileName, content)
                .param("title", title)
                .param("category", "OTHER")
                .param("visibility", "INTERNAL")
                .param("version", "0");
    }

    private MockMultipartHttpServletRequestBuilder upload(
            MockMultipartHttpServletRequestBuilder request, String fileName, byte[] content) {
        // the browser's claim about the type is ignored: a program sent as application/pdf
        request.file(new MockMultipartFile("file", fileName, "application/pdf", content));
        request.with(csrf()).with(coordinator.signedIn());
        return request;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(
            long id, String title, String visibility, long version) {
        return post(BASE + "/" + id + "/upravit")
                .with(csrf())
                .with(coordinator.signedIn())
                .param("title", title)
                .param("category", "METHODOLOGY")
                .param("visibility", visibility)
                .param("description", "Popis dokumentu")
                .param("version", String.valueOf(version));
    }

    private java.util.List<String> listTitles(String url, TestUser user) throws Exception {
        // a URI as it is: the query parameters are encoded already
        return page(get(java.net.URI.create(url)), user)
                .select("main table tbody th a")
                .eachText();
    }

    private MockHttpServletResponse download(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
            TestUser user)
            throws Exception {
        return mvc.perform(request.with(user.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private org.jsoup.nodes.Document page(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
            TestUser user)
            throws Exception {
        if (user != null) {
            request.with(user.signedIn());
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
