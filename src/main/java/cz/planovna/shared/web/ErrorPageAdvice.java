package cz.planovna.shared.web;

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

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView staleEdit(StaleEditException e) {
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("conflict", e);
        return view;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView optimisticLock(ObjectOptimisticLockingFailureException e) {
        log.info("Concurrent edit refused: {}", e.getMessage());
        return new ModelAndView("error/409");
    }
}
