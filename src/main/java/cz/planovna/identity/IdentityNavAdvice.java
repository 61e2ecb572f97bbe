package cz.planovna.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which administration links the navigation shows. Read from the roles held at sign-in (no
 * database query per page); the pages themselves check the current roles.
 */
@ControllerAdvice
class IdentityNavAdvice {

    /** Model attribute {@code identityNav}. */
    record IdentityNav(boolean manageUsers, boolean manageTerritories, boolean providerServices) {}

    @ModelAttribute("identityNav")
    IdentityNav identityNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser)) {
            return new IdentityNav(false, false, false);
        }
        Set<String> held = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean admin = held.contains(Role.SYSTEM_ADMIN.authority());
        boolean regional = held.contains(Role.REGIONAL_COORDINATOR.authority());
        boolean district = held.contains(Role.DISTRICT_COORDINATOR.authority());
        return new IdentityNav(
                admin || regional || district, admin || regional, held.contains(Role.PROVIDER_EDITOR.authority()));
    }
}
