package cz.planovna.analysis;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builders for the findings tests: users with unique e-mails, interviews, findings and SWOT
 * analyses with unique texts, created through the services as a signed-in coordinator (so they
 * pass the same checks as in the application). The shared PostgreSQL database is never assumed empty.
 */
class FindingsMother {

    static final int STRAKONICE = 3111;
    static final int PRACHATICE = 3109;
    static final int PISEK = 3108;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    record TestUser(long id, String email) {
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }

        void signInHere() {
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken(email, null, "ROLE_USER"));
        }
    }

    private final UserAdministration users;
    private final TerritoryQueries territory;
    private final FindingsService findings;
    private final SwotService swots;

    FindingsMother(UserAdministration users, TerritoryQueries territory, FindingsService findings, SwotService swots) {
        this.users = users;
        this.territory = territory;
        this.findings = findings;
        this.swots = swots;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    TestUser admin() {
        return user("admin", Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return user("kraj", Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser districtCoordinator(int orp) {
        return user(
                "koordinator",
                Grant.districtCoordinator(territory.districtRef(orp).orElseThrow()));
    }

    TestUser groupMember(int orp) {
        return user("clen", Grant.groupMember(territory.districtRef(orp).orElseThrow()));
    }

    TestUser providerEditor(int orp) {
        return user(
                "poskytovatel",
                Grant.providerEditor("70890650", territory.districtRef(orp).orElseThrow()));
    }

    TestUser user(String prefix, Grant grant) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, null, List.of(grant)));
        return new TestUser(id, email);
    }

    /** Runs as {@code who} and signs out again. */
    <T> T as(TestUser who, java.util.function.Supplier<T> action) {
        who.signInHere();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long interview(TestUser coordinator, int orp, String topic) {
        return as(
                coordinator,
                () -> findings.createInterview(
                        orp,
                        new InterviewContent(
                                InterviewKind.FOCUS_GROUP,
                                LocalDate.of(2026, 3, 12),
                                topic,
                                "starostové obcí",
                                6,
                                null,
                                null,
                                "Shrnutí setkání.")));
    }

    long finding(TestUser coordinator, int orp, String statement) {
        return as(
                coordinator,
                () -> findings.createFinding(
                        orp,
                        new FindingContent(
                                statement,
                                null,
                                FindingSource.OTHER,
                                null,
                                "test",
                                Importance.MEDIUM,
                                FindingStatus.NEW)));
    }

    long swot(TestUser coordinator, int orp, String name) {
        return as(coordinator, () -> swots.createSwot(orp, name, null));
    }

    long item(TestUser coordinator, int orp, long swotId, Quadrant quadrant, String text) {
        return as(coordinator, () -> swots.addItem(orp, swotId, quadrant, text));
    }

    FindingView findingView(TestUser coordinator, int orp, long id) {
        return as(coordinator, () -> findings.finding(orp, id));
    }

    SwotView swotView(TestUser viewer, int orp, long id) {
        return as(viewer, () -> swots.swot(orp, id));
    }
}
