package cz.planovna.identity;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is making the current request, with the roles they hold now. A disabled or deleted account
 * counts as the public, so its open session loses every permission at once.
 */
@Service
@Transactional(readOnly = true)
public class CurrentUsers {

    private final UserAccountRepository users;

    CurrentUsers(UserAccountRepository users) {
        this.users = users;
    }

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null
                || auth.getName().isBlank()) {
            return CurrentUser.anonymous();
        }
        Optional<UserAccount> account = auth.getPrincipal() instanceof SignedInUser signedIn
                ? users.findWithGrants(signedIn.id())
                // e.g. a test's @WithMockUser: the name is the e-mail
                : users.findByEmail(UserAccount.normalizeEmail(auth.getName()));
        return account.filter(UserAccount::enabled)
                .map(UserAccount::toCurrentUser)
                .orElse(CurrentUser.anonymous());
    }

    /** The user by id with their current roles, if the account exists. */
    public Optional<CurrentUser> byId(long id) {
        return users.findWithGrants(id).map(UserAccount::toCurrentUser);
    }
}
