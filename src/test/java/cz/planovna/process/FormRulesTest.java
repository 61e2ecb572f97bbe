package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.process.RoundForms.GrantProjectForm;
import cz.planovna.process.RoundForms.KeyActivityForm;
import cz.planovna.process.RoundForms.MilestoneForm;
import cz.planovna.process.RoundForms.RoundForm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/** The checks of the forms that Bean Validation cannot express. */
class FormRulesTest {

    @Test
    void readsCzechAndIsoDates() {
        assertThat(CzechDateInput.parse("12. 2. 2018")).contains(LocalDate.of(2018, 2, 12));
        assertThat(CzechDateInput.parse("12.2.2018")).contains(LocalDate.of(2018, 2, 12));
        assertThat(CzechDateInput.parse("2018-02-12")).contains(LocalDate.of(2018, 2, 12));
        assertThat(CzechDateInput.parse("31. 2. 2018")).isEmpty();
        assertThat(CzechDateInput.parse("zítra")).isEmpty();
        assertThat(CzechDateInput.format(LocalDate.of(2018, 2, 12))).isEqualTo("12. 2. 2018");
    }

    @Test
    void aRoundEndsAfterItStartsAndEveryFilledStepIsComplete() {
        RoundForm form = new RoundForm(
                "3. etapa",
                "1. 1. 2019",
                "31. 12. 2018",
                "",
                RoundState.RUNNING,
                List.of(
                        new MilestoneForm("Setkání", "", false),
                        new MilestoneForm("", "", null),
                        new MilestoneForm("", "1. 13. 2018", null)),
                0);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "roundForm");

        form.validate(errors);

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField, FieldError::getCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("periodTo", "process.validation.period.order"),
                        org.assertj.core.groups.Tuple.tuple(
                                "milestones[0].dueOn", "process.validation.milestone.date.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                "milestones[2].title", "process.validation.milestone.title.required"),
                        org.assertj.core.groups.Tuple.tuple("milestones[2].dueOn", "process.validation.date.invalid"));
    }

    @Test
    void blankScheduleRowsAreDroppedAndRowsAreOfferedAgain() {
        RoundForm form = new RoundForm(
                "3. etapa",
                "1. 1. 2018",
                "31. 12. 2019",
                "",
                RoundState.RUNNING,
                List.of(new MilestoneForm("", "", null), new MilestoneForm("Setkání", "12. 2. 2018", true)),
                0);
        assertThat(form.toDetails().milestones()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Setkání");
            assertThat(m.done()).isTrue();
        });
        assertThat(form.withBlankRows().milestones()).hasSize(1 + RoundForms.BLANK_ROWS);
    }

    @Test
    void aGrantProjectHasARegistrationNumberAndABudgetInCrowns() {
        GrantProjectForm form = new GrantProjectForm(
                "CZ.1.04./3.1.03/65.00031",
                "",
                "1. 3. 2018",
                "28. 2. 2020",
                "milion",
                "CpKP",
                "",
                List.of(new KeyActivityForm("KA1", "", "Zápisy"), new KeyActivityForm("KA9", "Navíc", "")),
                0);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "grantProjectForm");

        form.validate(errors);

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactly("registrationNumber", "budget", "keyActivities[0].description");
        assertThat(errors.getGlobalErrors())
                .extracting(e -> e.getCode())
                .containsExactly("process.validation.grant.ka.code");
        assertThat(GrantProjectForm.parseBudget("1 793 475 Kč")).isEqualTo(1_793_475L);
        assertThat(GrantProjectForm.parseBudget("-5")).isNull();
    }
}
