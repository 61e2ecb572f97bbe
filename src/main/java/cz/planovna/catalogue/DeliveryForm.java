package cz.planovna.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Forma poskytování; the register codes it as {@code FormaSocialniSluzby/pob|amb|ter}. */
public enum DeliveryForm {
    RESIDENTIAL("pob"),
    OUTPATIENT("amb"),
    FIELD("ter");

    private final String registerValue;

    DeliveryForm(String registerValue) {
        this.registerValue = registerValue;
    }

    public String registerValue() {
        return registerValue;
    }

    /** @param value {@code pob}, {@code amb} or {@code ter} (as in the catalogue's addresses) */
    static Optional<DeliveryForm> ofRegisterValue(String value) {
        String v = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(f -> f.registerValue.equals(v)).findFirst();
    }

    /** @param code a register code such as {@code FormaSocialniSluzby/pob} */
    static Optional<DeliveryForm> ofRegisterCode(String code) {
        String value = CodeRef.value(code);
        return Arrays.stream(values())
                .filter(f -> f.registerValue.equals(value))
                .findFirst();
    }
}
