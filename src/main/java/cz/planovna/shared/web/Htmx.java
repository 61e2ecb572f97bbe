package cz.planovna.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One URL serves the full page and, when htmx asks for it (header {@code HX-Request}), only the
 * fragment that changes.
 */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmxRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** {@code view} for a normal request, {@code view :: fragment} for htmx. */
    public static String view(HttpServletRequest request, String view, String fragment) {
        return isHtmxRequest(request) ? view + " :: " + fragment : view;
    }
}
