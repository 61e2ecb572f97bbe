package cz.planovna.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The unit of a registered capacity ({@code TypKapacitySocialniSluzby/…}); the register publishes no
 * file for this code list, its five values are documented with the register's shape.
 */
public enum CapacityType {
    BEDS("luzka"),
    /** Clients at one time. */
    CLIENTS("klient"),
    /** Contacts of 10 minutes. */
    CONTACTS("kontakt"),
    /** Interventions of 30 minutes. */
    INTERVENTIONS("interv"),
    /** Calls (telephone crisis help). */
    CALLS("hovor");

    static final String CODE_LIST = "TypKapacitySocialniSluzby";

    private final String registerValue;

    CapacityType(String registerValue) {
        this.registerValue = registerValue;
    }

    public String registerValue() {
        return registerValue;
    }

    public String registerCode() {
        return CODE_LIST + "/" + registerValue;
    }

    static Optional<CapacityType> ofRegisterCode(String code) {
        if (!CODE_LIST.equals(CodeRef.list(code))) {
            return Optional.empty();
        }
        String value = CodeRef.value(code);
        return Arrays.stream(values())
                .filter(t -> t.registerValue.equals(value))
                .findFirst();
    }
}
