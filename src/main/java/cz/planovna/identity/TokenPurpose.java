package cz.planovna.identity;

import java.time.Duration;

/** Why a one-time link was sent; each has its own lifetime and page. */
enum TokenPurpose {
    PASSWORD_RESET(Duration.ofHours(1), "/obnova-hesla/"),
    INVITATION(Duration.ofDays(7), "/pozvanka/");

    private final Duration validity;
    private final String path;

    TokenPurpose(Duration validity, String path) {
        this.validity = validity;
        this.path = path;
    }

    Duration validity() {
        return validity;
    }

    /** The path of the page the link opens; the token follows it. */
    String path() {
        return path;
    }
}
