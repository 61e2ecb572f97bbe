package cz.planovna.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason. The typed e-mail and the end of a lock travel in the
 * session (read once by {@link LoginController}), not in the URL.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = LoginFailureHandler.class.getName() + ".email";
    static final String LOCKED_UNTIL = LoginFailureHandler.class.getName() + ".lockedUntil";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        HttpSession session = request.getSession();
        String email = request.getParameter(SecurityConfig.EMAIL_PARAMETER);
        session.setAttribute(LAST_EMAIL, email == null || email.length() > 254 ? "" : email.strip());
        String reason;
        if (exception instanceof AccountLockedException locked) {
            session.setAttribute(LOCKED_UNTIL, locked.lockedUntil());
            reason = "zablokovano";
        } else if (exception instanceof DisabledException) {
            reason = "deaktivovano";
        } else {
            reason = "chyba";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
