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

    /** @param code a register code such as {@code FormaSocialniSluzby/pob} */
    static Optional<DeliveryForm> ofRegisterCode(String code) {
        String value = CodeRef.value(code);
        return Arrays.stream(values())
                .filter(f -> f.registerValue.equals(value))
                .findFirst();
    }
}
