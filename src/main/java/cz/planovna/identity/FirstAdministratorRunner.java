package cz.planovna.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs the first-administrator bootstrap at start-up when {@code planovna.first-admin.email} is set. */
@Component
class FirstAdministratorRunner implements ApplicationRunner {

    private final FirstAdministrator firstAdministrator;
    private final String email;
    private final String fullName;

    FirstAdministratorRunner(
            FirstAdministrator firstAdministrator,
            @Value("${planovna.first-admin.email:}") String email,
            @Value("${planovna.first-admin.name:Správce Plánovny}") String fullName) {
        this.firstAdministrator = firstAdministrator;
        this.email = email;
        this.fullName = fullName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!email.isBlank()) {
            firstAdministrator.inviteIfNoAdministrator(email, fullName);
        }
    }
}
