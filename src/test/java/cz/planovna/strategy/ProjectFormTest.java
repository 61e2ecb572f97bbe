package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Validation of the pipeline form and the rules the entity enforces itself. */
class ProjectFormTest {

    private static ProjectForm valid() {
        ProjectForm f = ProjectForm.empty();
        f.setTitle("Denní stacionář");
        f.setOrganisation("Město Písek");
        f.setEstimatedCost("1 500 000 Kč");
        f.setReadiness("PERMIT");
        f.setCallDeadline("30. 6. 2025");
        return f;
    }

    private static BindingResult validate(ProjectForm f) {
        BindingResult errors = new BeanPropertyBindingResult(f, "projectForm");
        f.validate(errors);
        return errors;
    }

    @Test
    void aValidFormBecomesDetailsWithCzechAmountsAndDates() {
        ProjectForm f = valid();
        f.getCosts().get(0).setYear("2025");
        f.getCosts().get(0).setSource("EU");
        f.getCosts().get(0).setAmount("1 275 000");
        f.getCosts().get(1).setYear("2025");
        f.getCosts().get(1).setSource("MUNICIPALITY");
        f.getCosts().get(1).setAmount("225000");

        assertThat(validate(f).hasErrors()).isFalse();
        ProjectDetails d = f.toDetails();
        assertThat(d.estimatedCost()).isEqualTo(1_500_000);
        assertThat(d.callDeadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.readiness()).isEqualTo(ProjectReadiness.PERMIT);
        assertThat(d.measureId()).isNull();
        assertThat(d.costSplit())
                .containsExactly(
                        new CostLine(2025, FundingSource.EU, 1_275_000),
                        new CostLine(2025, FundingSource.MUNICIPALITY, 225_000));
    }

    @ParameterizedTest(name = "cost \"{0}\" → {1}")
    @CsvSource({
        "'',strategy.project.validation.cost.required",
        "abc,strategy.project.validation.cost.number",
        "-5,strategy.project.validation.cost.number",
        "12.5,strategy.project.validation.cost.number",
        "0,strategy.project.validation.cost.positive",
        "1 000 000 001,strategy.project.validation.cost.absurd",
        "99999999999999,strategy.project.validation.cost.number"
    })
    void badCostsAreRefusedOnTheirField(String cost, String key) {
        ProjectForm f = valid();
        f.setEstimatedCost(cost);
        BindingResult errors = validate(f);
        assertThat(errors.getFieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("estimatedCost");
            assertThat(e.getCode()).isEqualTo(key);
        });
        assertThat(errors.getFieldValue("estimatedCost")).isEqualTo(cost);
    }

    @Test
    void requiredFieldsAndFormatsAreChecked() {
        ProjectForm f = ProjectForm.empty();
        f.setEstimatedCost("1000");
        f.setProviderIco("123");
        f.setCallDeadline("31. 2. 2025");
        f.setMeasureId("x");
        f.setTitle("a".repeat(301));
        assertThat(validate(f).getFieldErrors())
                .extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactlyInAnyOrder(
                        "title:strategy.validation.text.long",
                        "organisation:strategy.project.validation.organisation.required",
                        "providerIco:strategy.project.validation.ico",
                        "measureId:strategy.project.validation.measure.foreign",
                        "readiness:strategy.project.validation.readiness.required",
                        "callDeadline:strategy.project.validation.date");
    }

    @Test
    void theSplitMustBeCompleteUniqueAndAddUpToTheEstimate() {
        ProjectForm f = valid();
        f.getCosts().get(0).setYear("2025");
        f.getCosts().get(0).setSource("EU");
        f.getCosts().get(0).setAmount("1 000 000");
        assertThat(validate(f).getFieldErrors())
                .extracting(e -> e.getCode())
                .containsExactly("strategy.project.validation.split.sum");

        f.getCosts().get(1).setYear("1999");
        f.getCosts().get(1).setAmount("500000");
        f.getCosts().get(2).setYear("2025");
        f.getCosts().get(2).setAmount("500000");
        f.getCosts().get(3).setYear("2025");
        f.getCosts().get(3).setSource("EU");
        f.getCosts().get(3).setAmount("500000");
        f.getCosts().add(new ProjectForm.CostRow("2026", "STATE", "0"));
        assertThat(validate(f).getFieldErrors())
                .extracting(e -> e.getCode() + List.of(e.getArguments() == null ? new Object[0] : e.getArguments()))
                .containsExactly(
                        "strategy.project.validation.split.year[2]",
                        "strategy.project.validation.split.source[3]",
                        "strategy.project.validation.split.duplicate[4]",
                        "strategy.project.validation.split.amount[5]");
    }

    @Test
    void theEntityRefusesWhatTheFormWouldHaveRefused() {
        assertThatThrownBy(() -> PipelineProject.check(PipelineMother.details("X", 0, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PipelineProject.check(PipelineMother.details("X", 1_000_000_001L, null)))
                .isInstanceOf(IllegalArgumentException.class);
        ProjectDetails d = PipelineMother.details("X", 100, null);
        ProjectDetails split = new ProjectDetails(
                d.title(),
                d.organisation(),
                null,
                null,
                null,
                null,
                100,
                List.of(new CostLine(2025, FundingSource.EU, 60), new CostLine(2025, FundingSource.STATE, 30)),
                null,
                ProjectReadiness.READY,
                null,
                null,
                null);
        assertThatThrownBy(() -> PipelineProject.check(split)).isInstanceOf(IllegalArgumentException.class);
    }
}
