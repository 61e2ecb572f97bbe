package cz.planovna.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpSession session, Model model) {
        Object email = session.getAttribute(LoginFailureHandler.LAST_EMAIL);
        Object lockedUntil = session.getAttribute(LoginFailureHandler.LOCKED_UNTIL);
        session.removeAttribute(LoginFailureHandler.LAST_EMAIL);
        session.removeAttribute(LoginFailureHandler.LOCKED_UNTIL);
        model.addAttribute("email", email == null ? "" : email);
        // flags without a value: /login?chyba
        Map<String, String[]> flags = request.getParameterMap();
        model.addAttribute("badCredentials", flags.containsKey("chyba"));
        model.addAttribute("locked", flags.containsKey("zablokovano"));
        model.addAttribute("lockedUntil", lockedUntil instanceof Instant until ? until : null);
        model.addAttribute("disabled", flags.containsKey("deaktivovano"));
        model.addAttribute("loggedOut", flags.containsKey("odhlaseno"));
        model.addAttribute("passwordSet", flags.containsKey("heslo"));
        return "identity/login";
    }
}
