package cz.planovna.catalogue;

/** A parameter of an HSDS request that cannot be used: answered with 400 and this message. */
class HsdsBadRequest extends RuntimeException {

    HsdsBadRequest(String message) {
        super(message);
    }
}
