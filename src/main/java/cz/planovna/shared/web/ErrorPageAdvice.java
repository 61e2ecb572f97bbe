package cz.planovna.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Turns concurrent-edit failures into the Czech 409 page instead of a stack trace. */
@ControllerAdvice
class ErrorPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

    private final LayoutModelAdvice layout;

    ErrorPageAdvice(LayoutModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView staleEdit(StaleEditException e, HttpServletRequest request, Locale locale) {
        ModelAndView view = conflictPage(request, locale);
        view.addObject("conflict", e);
        return view;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView optimisticLock(ObjectOptimisticLockingFailureException e, HttpServletRequest request, Locale locale) {
        log.info("Concurrent edit refused: {}", e.getMessage());
        return conflictPage(request, locale);
    }

    /** An exception handler starts with an empty model: the layout needs its attribute again. */
    private ModelAndView conflictPage(HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("layout", layout.layout(request, locale));
        return view;
    }
}
