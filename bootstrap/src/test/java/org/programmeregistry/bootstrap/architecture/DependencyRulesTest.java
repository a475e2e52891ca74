package org.programmeregistry.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of architecture.md. The classes are imported from the classpath, where
 * under {@code mvn verify} the sibling modules are jars: jars are deliberately not excluded,
 * and the import is checked to hold every module's classes so that no rule passes on nothing.
 */
class DependencyRulesTest {

    private static final String ROOT = "org.programmeregistry";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    @Test
    @DisplayName("the import holds the classes of every module, so the rules below check something")
    void importIsNotEmpty() {
        assertThat(classes.size()).isGreaterThan(40);
        assertThat(classes.contain(ROOT + ".domain.programme.Programme")).isTrue();
        assertThat(classes.contain(ROOT + ".domain.event.Event")).isTrue();
    }

    @Test
    @DisplayName("domain depends on java.* only")
    void domainDependsOnJavaOnly() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", "java..")
                .check(classes);
    }
}
