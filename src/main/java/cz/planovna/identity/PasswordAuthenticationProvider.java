package cz.planovna.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Signs in with e-mail and password through {@link LoginService} (lockout included). */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final LoginService logins;

    PasswordAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        LoginService.Outcome outcome;
        try {
            outcome = logins.attempt(request.getName(), password);
        } catch (DataIntegrityViolationException raceOnFirstFailure) {
            // two first attempts with the same unknown e-mail at once; one of them lost
            throw new BadCredentialsException("bad credentials");
        }
        switch (outcome.kind()) {
            case SUCCESS -> {
                UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                        outcome.user(), null, authorities(outcome.grants()));
                result.setDetails(request.getDetails());
                return result;
            }
            case LOCKED -> throw new AccountLockedException(outcome.lockedUntil());
            case DISABLED -> throw new DisabledException("account disabled");
            default -> throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * {@code ROLE_USER} plus one authority per role held. They drive only the navigation; access
     * decisions read the current roles from the database.
     */
    static List<GrantedAuthority> authorities(List<Grant> grants) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        grants.stream()
                .map(g -> g.role().authority())
                .distinct()
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        return authorities;
    }
}
