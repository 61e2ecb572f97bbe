package cz.planovna.consultation;

/** A comment sent to a consultation that has not opened yet (its page is not public). */
class NotOpenYetException extends RuntimeException {

    NotOpenYetException(long id) {
        super("consultation " + id + " not open yet");
    }
}
