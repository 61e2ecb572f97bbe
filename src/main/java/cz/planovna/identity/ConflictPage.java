package cz.planovna.identity;

import cz.planovna.shared.web.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * Renders the shared 409 page from a controller's normal return path, where the model already
 * holds the page layout. (An exception handler starts with an empty model, so the layout would
 * be missing there.)
 */
final class ConflictPage {

    static final String VIEW = "error/409";

    private ConflictPage() {}

    /** @param conflict both versions to show, or null when only the fact of a conflict is known */
    static String render(StaleEditException conflict, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        if (conflict != null) {
            model.addAttribute("conflict", conflict);
        }
        return VIEW;
    }
}
