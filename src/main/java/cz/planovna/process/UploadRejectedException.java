package cz.planovna.process;

import cz.planovna.shared.web.FormRejectedException;

/** An uploaded file the library refuses; the message may name the limit or the extension. */
class UploadRejectedException extends FormRejectedException {

    private final transient Object[] arguments;

    UploadRejectedException(String messageKey, Object... arguments) {
        super("file", messageKey);
        this.arguments = arguments;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
