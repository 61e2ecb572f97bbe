package cz.planovna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check: thin controllers, private internals, no cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cz.planovna");

    @Test
    void controllersDoNotUseRepositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("controllers call one service method; data access belongs to services")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTouchEntities() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("views get records from the module API, forms are separate from entities")
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .because("another module never touches a foreign entity or repository")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("cz.planovna.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sharedDependsOnNoDomainModule() {
        noClasses()
                .that()
                .resideInAPackage("cz.planovna.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cz.planovna.territory..", "cz.planovna.identity..")
                .check(CLASSES);
    }
}
