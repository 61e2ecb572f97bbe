package cz.planovna.process;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A request larger than the multipart limit never reaches a controller: the form is shown again
 * with the reason instead of an error page. Uploads between the library's own limit and the
 * multipart limit get the field error of {@link FileChecks}, which keeps what was typed.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("problem", "process.validation.document.request.large");
        // the forms post to the address of their own page (…/novy) or of the document (…/verze)
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String back = uri.endsWith("/verze") ? uri.substring(0, uri.length() - "/verze".length()) : uri;
        return "redirect:" + back;
    }
}
