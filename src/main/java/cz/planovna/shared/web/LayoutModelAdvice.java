package cz.planovna.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the page layout needs on every page: who is signed in, the language and its switch link. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("layout")
    LayoutInfo layout(HttpServletRequest request, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        boolean admin = signedIn
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch("ROLE_ADMIN"::equals);
        boolean english = "en".equals(locale.getLanguage());
        // on an error dispatch the request URI is /error; the language switch must keep the address
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        Object errorQuery = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        String query =
                errorUri != null ? (errorQuery == null ? null : errorQuery.toString()) : request.getQueryString();
        String otherLanguageUrl = UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", english ? "cs" : "en")
                .build()
                .toUriString();
        return new LayoutInfo(
                signedIn, signedIn ? auth.getName() : null, admin, english ? "en" : "cs", otherLanguageUrl, path);
    }

    /** Layout state; {@code userName} is the login (e-mail) of the signed-in user. */
    public record LayoutInfo(
            boolean signedIn, String userName, boolean admin, String language, String otherLanguageUrl, String path) {}
}
