package cz.planovna.identity;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * What the HTTP session remembers about a signed-in user: only the id and the login name. Roles
 * are read from the database on each request ({@link CurrentUsers}), so changes apply at once.
 */
record SignedInUser(long id, String email) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return email;
    }
}
