package cz.planovna.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user created for a test by {@link TestUsers}; {@code password} is null when none was set (the
 * user then cannot sign in through the login form, only through {@link #signedIn()}).
 */
public record TestUser(long id, String email, String password) {

    /** MockMvc as this user; the identity module finds the account by the e-mail. */
    public RequestPostProcessor signedIn() {
        return SecurityMockMvcRequestPostProcessors.user(email);
    }

    /** Signs the user in on this thread (for calls of services outside MockMvc). */
    public void actAs() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(email, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        SecurityContextHolder.setContext(context);
    }
}
