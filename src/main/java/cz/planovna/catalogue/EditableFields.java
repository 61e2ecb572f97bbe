package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a service a provider may change: public description, fees note, opening hours and
 * one phone, e-mail and web address. Never the register identity, type or capacities. A null field
 * means "nothing of this kind" (for an override: "the register's value holds").
 */
@Embeddable
record EditableFields(
        @Column(name = "description") String description,
        @Column(name = "fees_note") String feesNote,
        @Column(name = "opening_hours") String openingHours,
        @Column(name = "phone") String phone,
        @Column(name = "email") String email,
        @Column(name = "web") String web) {

    static final int DESCRIPTION_MAX = 4000;
    static final int FEES_MAX = 2000;
    static final int HOURS_MAX = 1000;
    static final int PHONE_MAX = 40;
    static final int EMAIL_MAX = 254;
    static final int WEB_MAX = 300;

    static final EditableFields NONE = new EditableFields(null, null, null, null, null, null);

    /** The field names in the order pages show them (message keys {@code catalogue.edit.field.*}). */
    enum Field {
        DESCRIPTION(EditableFields::description),
        FEES_NOTE(EditableFields::feesNote),
        OPENING_HOURS(EditableFields::openingHours),
        PHONE(EditableFields::phone),
        EMAIL(EditableFields::email),
        WEB(EditableFields::web);

        private final Function<EditableFields, String> getter;

        Field(Function<EditableFields, String> getter) {
            this.getter = getter;
        }

        String of(EditableFields fields) {
            return fields == null ? null : getter.apply(fields);
        }
    }

    /** Stripped, blank as null, line ends as {@code \n}. */
    EditableFields normalized() {
        return new EditableFields(
                clean(description), clean(feesNote), clean(openingHours), clean(phone), clean(email), clean(web));
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    /** Each field of the override where it has one, else the register's: what the public sees. */
    static EditableFields merge(EditableFields override, EditableFields register) {
        if (override == null) {
            return register;
        }
        return new EditableFields(
                pick(override.description, register.description),
                pick(override.feesNote, register.feesNote),
                pick(override.openingHours, register.openingHours),
                pick(override.phone, register.phone),
                pick(override.email, register.email),
                pick(override.web, register.web));
    }

    /**
     * The override that makes {@code proposed} visible over {@code register}: a proposed value equal
     * to the register's, or left empty, needs no override (the register's value is shown).
     */
    static EditableFields overrideFor(EditableFields proposed, EditableFields register) {
        return new EditableFields(
                differing(proposed.description, register.description),
                differing(proposed.feesNote, register.feesNote),
                differing(proposed.openingHours, register.openingHours),
                differing(proposed.phone, register.phone),
                differing(proposed.email, register.email),
                differing(proposed.web, register.web));
    }

    /** Fields whose value differs between the two. */
    static List<Field> changed(EditableFields from, EditableFields to) {
        List<Field> changed = new ArrayList<>();
        for (Field f : Field.values()) {
            if (!Objects.equals(f.of(from), f.of(to))) {
                changed.add(f);
            }
        }
        return changed;
    }

    private static String pick(String override, String register) {
        return override != null ? override : register;
    }

    private static String differing(String proposed, String register) {
        return proposed == null || proposed.equals(register) ? null : proposed;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
