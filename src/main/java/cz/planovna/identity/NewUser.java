package cz.planovna.identity;

import java.util.List;
import java.util.Objects;

/**
 * An account to create directly (demo data, tests, imports), with its roles. {@code password} may
 * be null: the user then sets one through "forgotten password".
 */
public record NewUser(String email, String fullName, String password, List<Grant> grants) {

    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        grants = List.copyOf(grants);
    }

    public NewUser(String email, String fullName, String password, Grant... grants) {
        this(email, fullName, password, List.of(grants));
    }
}
