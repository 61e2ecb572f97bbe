package cz.planovna.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The machinery of the authorization matrix tests: every URL ({@link Case}) against every kind of
 * visitor ({@link Persona}, own and foreign territory) with the exact expected outcome, one
 * character per persona in the order of {@link Persona}.
 *
 * <p>Outcomes every matrix knows: {@code O} = 200, {@code D} = 403, {@code N} = 404, {@code C} =
 * 409, {@code L} = 302 to the login page. A test adds its own (e.g. {@code R} = 302 done, back to
 * its pages) with {@link #outcome(char, Outcome)}. A POST gets a CSRF token.
 *
 * <pre>{@code
 * Stream<Arguments> matrix() { return AuthorizationMatrix.arguments(cases()); }
 *
 * @ParameterizedTest(name = AuthorizationMatrix.NAME)
 * @MethodSource("matrix")
 * void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
 *     authorization.check(c, persona, expected);
 * }
 * }</pre>
 */
public final class AuthorizationMatrix {

    /** The display name of a matrix row. */
    public static final String NAME = "{0} as {1} → {2}";

    /** Signed-in users of the territory and the kraj's coordinator read; others refused. */
    public static final String VIEW = "LOODODODD";
    /** The page of a form: only who may edit the own ORP. */
    public static final String EDIT_PAGE = "LOODODDDD";
    /** A form sent: done ({@code R}) for who may edit the own ORP. */
    public static final String EDIT_DONE = "LRRDRDDDD";
    /** A record of another ORP asked for under the own ORP's address: refused like it, else not found. */
    public static final String VIEW_NOT_FOUND = "LNNDNDNDD";
    /** A public page. */
    public static final String EVERYONE = "OOOOOOOOO";
    /** Not found for anyone. */
    public static final String NOBODY = "NNNNNNNNN";
    /** An unknown ORP: the login page for the public, 404 for everyone signed in. */
    public static final String SIGNED_IN_NOT_FOUND = "LNNNNNNNN";

    /** The kinds of visitor, own and foreign territory. */
    public enum Persona {
        ANONYMOUS,
        ADMIN,
        REGIONAL_OWN,
        REGIONAL_FOREIGN,
        DISTRICT_OWN,
        DISTRICT_FOREIGN,
        MEMBER_OWN,
        MEMBER_FOREIGN,
        PROVIDER
    }

    /** A URL with its expected outcome for each {@link Persona}. */
    public record Case(String name, String expected, Request request) {
        public Case {
            if (expected.length() != Persona.values().length) {
                throw new IllegalArgumentException(
                        name + ": " + expected + " needs one outcome per persona " + Arrays.toString(Persona.values()));
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Builds the request; called once per visitor, so a changing request gets fresh data each time. */
    @FunctionalInterface
    public interface Request {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    /** Checks the answer of one outcome. */
    @FunctionalInterface
    public interface Outcome {
        void verify(MvcResult result) throws Exception;
    }

    private final MockMvc mvc;
    private final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    private final Map<Character, Outcome> outcomes = new HashMap<>();

    public AuthorizationMatrix(MockMvc mvc) {
        this.mvc = mvc;
        outcome('O', status(200));
        outcome('D', status(403));
        outcome('N', status(404));
        outcome('C', status(409));
        outcome('L', redirect(location -> assertThat(location).isEqualTo("/login")));
    }

    /**
     * Creates the visitors: the admin, coordinators of the own and foreign kraj and ORP, group
     * members of the own and foreign ORP and a provider editor of the own ORP.
     */
    public AuthorizationMatrix visitors(TestUsers users, int ownOrp, int foreignOrp, int ownKraj, int foreignKraj) {
        visitors.put(Persona.ADMIN, users.admin());
        visitors.put(Persona.REGIONAL_OWN, users.regionalCoordinator(ownKraj));
        visitors.put(Persona.REGIONAL_FOREIGN, users.regionalCoordinator(foreignKraj));
        visitors.put(Persona.DISTRICT_OWN, users.districtCoordinator(ownOrp));
        visitors.put(Persona.DISTRICT_FOREIGN, users.districtCoordinator(foreignOrp));
        visitors.put(Persona.MEMBER_OWN, users.groupMember(ownOrp));
        visitors.put(Persona.MEMBER_FOREIGN, users.groupMember(foreignOrp));
        visitors.put(Persona.PROVIDER, users.providerEditor(ownOrp));
        return this;
    }

    /** The visitor of the persona (null for {@link Persona#ANONYMOUS}). */
    public TestUser visitor(Persona persona) {
        return visitors.get(persona);
    }

    /** Adds or replaces the check of an outcome. */
    public AuthorizationMatrix outcome(char code, Outcome check) {
        outcomes.put(code, check);
        return this;
    }

    /** The given status. */
    public static Outcome status(int status) {
        return result -> assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                .isEqualTo(status);
    }

    /** A redirect (302) whose target passes the check. */
    public static Outcome redirect(LocationCheck location) {
        return result -> {
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus())
                    .as(result.getRequest().getMethod() + " "
                            + result.getRequest().getRequestURI())
                    .isEqualTo(302);
            location.verify(response.getRedirectedUrl());
        };
    }

    /** A redirect (302) without a {@code failure} flash message, whose target passes the check. */
    public static Outcome done(LocationCheck location) {
        Outcome redirect = redirect(location);
        return result -> {
            redirect.verify(result);
            assertThat(result.getFlashMap().get("failure"))
                    .as("refused: " + result.getFlashMap())
                    .isNull();
        };
    }

    /** Checks the target of a redirect. */
    @FunctionalInterface
    public interface LocationCheck {
        void verify(String location) throws Exception;
    }

    /** One row per case and persona: the case, the persona and its expected outcome. */
    @SafeVarargs
    public static Stream<Arguments> arguments(Stream<Case>... groups) {
        List<Arguments> rows = new ArrayList<>();
        Stream.of(groups).flatMap(group -> group).forEach(c -> {
            for (Persona p : Persona.values()) {
                rows.add(Arguments.of(c, p, c.expected().charAt(p.ordinal())));
            }
        });
        return rows.stream();
    }

    /** Sends the request of the case as the persona and checks the expected outcome. */
    public MvcResult check(Case c, Persona persona, char expected) throws Exception {
        Outcome outcome = outcomes.get(expected);
        if (outcome == null) {
            throw new IllegalArgumentException("unknown outcome " + expected);
        }
        MvcResult result = perform(c.request().build(), persona);
        outcome.verify(result);
        return result;
    }

    /** Sends the request as the persona (with a CSRF token when it is a POST). */
    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, Persona persona) throws Exception {
        if (request.buildRequest(new MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }
        return mvc.perform(request).andReturn();
    }
}
