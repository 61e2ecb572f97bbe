package cz.planovna.identity;

import static cz.planovna.identity.UserMother.PASSWORD;
import static cz.planovna.identity.UserMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** Form login, lockout, logout, session fixation, CSRF and security headers, through the real filters. */
@IdentityWebTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuditRepository audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CzechFormats fmt;

    UserMother mother;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
    }

    @Test
    void signsInWithTheEmailInAnyCaseAndGetsANewSessionId() throws Exception {
        TestUser user = mother.withPassword(Grant.groupMember(mother.orp(PISEK)));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = login(session, user.email().toUpperCase(), PASSWORD)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.email()).withRoles("USER", "GROUP_MEMBER"))
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordShowsTheCzechMessageAndKeepsTheEmail() throws Exception {
        TestUser user = mother.withPassword();
        MockHttpSession session = new MockHttpSession();

        login(session, user.email(), "spatne-heslo-123")
                .andExpect(redirectedUrl("/login?chyba"))
                .andExpect(unauthenticated());

        mvc.perform(get("/login?chyba").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nesprávný e-mail nebo heslo")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + user.email() + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        login(new MockHttpSession(), UserMother.uniqueEmail("nikdo"), PASSWORD)
                .andExpect(redirectedUrl("/login?chyba"))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        TestUser user = mother.withPassword();
        long versionBefore = accounts.findById(user.id()).orElseThrow().version();
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 4; i++) {
            login(session, user.email(), "spatne-heslo-" + i).andExpect(redirectedUrl("/login?chyba"));
        }

        login(session, user.email(), "spatne-heslo-5").andExpect(redirectedUrl("/login?zablokovano"));
        Instant lockedUntil =
                accounts.findById(user.id()).orElseThrow().loginCounter().lockedUntil();
        assertThat(lockedUntil)
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60));
        // Czech time (Europe/Prague), e.g. "23. 11. 2026 14:35"
        mvc.perform(get("/login?zablokovano").session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "dočasně zablokováno do " + fmt.dateTime(lockedUntil) + ".")));

        login(session, user.email(), PASSWORD)
                .andExpect(redirectedUrl("/login?zablokovano"))
                .andExpect(unauthenticated());
        UserAccount stored = accounts.findById(user.id()).orElseThrow();
        assertThat(stored.loginCounter().isLocked(Instant.now())).isTrue();
        // sign-in bookkeeping must not make open forms stale
        assertThat(stored.version()).isEqualTo(versionBefore);
        assertThat(audit.findLatest(user.id(), PageRequest.of(0, 10)))
                .extracting(AuditEntry::action)
                .contains(AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void anUnknownEmailIsLockedAfterFiveFailuresToo() throws Exception {
        String nobody = UserMother.uniqueEmail("nikdo");
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 4; i++) {
            login(session, nobody, "spatne-heslo-" + i).andExpect(redirectedUrl("/login?chyba"));
        }

        login(session, nobody, "spatne-heslo-5").andExpect(redirectedUrl("/login?zablokovano"));
    }

    @Test
    void anExpiredLockLetsTheRightPasswordInAndClearsTheCount() throws Exception {
        TestUser user = mother.withPassword();
        transactions.executeWithoutResult(tx -> accounts.findById(user.id())
                .orElseThrow()
                .recordLoginCounter(new LoginCounter(0, Instant.now().minusSeconds(1))));

        login(new MockHttpSession(), user.email(), PASSWORD).andExpect(authenticated());

        assertThat(accounts.findById(user.id()).orElseThrow().loginCounter()).isEqualTo(LoginCounter.CLEAR);
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        TestUser user = mother.withPassword();
        login(new MockHttpSession(), user.email(), "spatne-heslo-1");
        assertThat(accounts.findById(user.id()).orElseThrow().loginCounter().failures())
                .isEqualTo(1);

        login(new MockHttpSession(), user.email(), PASSWORD).andExpect(authenticated());

        assertThat(accounts.findById(user.id()).orElseThrow().loginCounter()).isEqualTo(LoginCounter.CLEAR);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
        TestUser user = mother.withPassword();
        transactions.executeWithoutResult(
                tx -> accounts.findById(user.id()).orElseThrow().enable(false, Instant.now()));

        login(new MockHttpSession(), user.email(), "spatne-heslo-1").andExpect(redirectedUrl("/login?chyba"));
        login(new MockHttpSession(), user.email(), PASSWORD)
                .andExpect(redirectedUrl("/login?deaktivovano"))
                .andExpect(unauthenticated());
    }

    @Test
    void anInvitedUserWithoutPasswordCannotSignIn() throws Exception {
        TestUser invited = mother.withoutRole();

        login(new MockHttpSession(), invited.email(), "").andExpect(redirectedUrl("/login?chyba"));
    }

    @Test
    void logoutIsAPostAndEndsTheSession() throws Exception {
        TestUser user = mother.withPassword();
        MockHttpSession session = new MockHttpSession();
        MvcResult signedIn = login(session, user.email(), PASSWORD).andReturn();
        MockHttpSession current = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/logout").with(csrf()).session(current))
                .andExpect(redirectedUrl("/login?odhlaseno"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login?odhlaseno"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Byli jste odhlášeni")));
    }

    @Test
    void aPostWithoutCsrfTokenIsForbidden() throws Exception {
        TestUser user = mother.withPassword();

        mvc.perform(post("/login").param("username", user.email()).param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/ucet/profil")
                        .with(user.signedIn())
                        .param("fullName", "Jiné Jméno")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
                .isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/ucet")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private ResultActions login(MockHttpSession session, String email, String password) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .session(session)
                // as a browser does: the request names its existing session (cookie)
                .with(request -> {
                    request.setRequestedSessionId(session.getId());
                    request.setRequestedSessionIdValid(true);
                    return request;
                })
                .param("username", email)
                .param("password", password));
    }
}
