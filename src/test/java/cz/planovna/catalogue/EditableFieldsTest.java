package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.catalogue.EditableFields.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The override merge: what wins, what falls back to the register, when the register moved on. */
class EditableFieldsTest {

    static final EditableFields REGISTER =
            new EditableFields("Popis z registru", "Dle ceníku", null, "382 111 222", "info@a.cz", "www.a.cz");

    @Test
    void anOverrideWinsFieldByFieldAndTheRestComesFromTheRegister() {
        EditableFields override = new EditableFields("Nový popis", null, "Po–Pá 8–16", null, null, "www.b.cz");
        assertThat(EditableFields.merge(override, REGISTER))
                .isEqualTo(new EditableFields(
                        "Nový popis", "Dle ceníku", "Po–Pá 8–16", "382 111 222", "info@a.cz", "www.b.cz"));
        assertThat(EditableFields.merge(null, REGISTER)).isEqualTo(REGISTER);
    }

    @Test
    void onlyValuesThatDifferFromTheRegisterBecomeTheOverride() {
        EditableFields proposed =
                new EditableFields(" Nový popis \r\n", "Dle ceníku", "  ", "382 111 222", "jiny@a.cz", null);
        assertThat(EditableFields.overrideFor(proposed.normalized(), REGISTER))
                .isEqualTo(new EditableFields("Nový popis", null, null, null, "jiny@a.cz", null));
    }

    @Test
    void theCoordinatorIsToldWhenTheRegisterChangesAnOverriddenField() {
        ServiceOverride override = new ServiceOverride(
                new EditableFields("Nový popis", "Dle ceníku", null, null, null, null),
                REGISTER,
                Instant.parse("2026-12-01T10:00:00Z"),
                "Koordinátorka");
        EditableFields registerNow =
                new EditableFields("Jiný popis z registru", "Jiný ceník", null, "382 111 222", "info@a.cz", "www.a.cz");
        // the fees note was not overridden (equal to the register), so its change is no conflict
        assertThat(override.registerChangedSince(registerNow)).containsExactly(Field.DESCRIPTION);
        assertThat(override.registerChangedSince(REGISTER)).isEmpty();
        assertThat(EditableFields.merge(override.fields(), registerNow).description())
                .isEqualTo("Nový popis");
        assertThat(EditableFields.merge(override.fields(), registerNow).feesNote())
                .isEqualTo("Jiný ceník");
    }
}
