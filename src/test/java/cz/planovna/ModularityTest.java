package cz.planovna;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another module's internals or modules form a cycle. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PlanovnaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(
                        MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "territory", "identity");
    }
}
