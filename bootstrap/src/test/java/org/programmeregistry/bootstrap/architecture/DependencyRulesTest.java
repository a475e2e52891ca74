package org.programmeregistry.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
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
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String PORT_IN = ROOT + ".application.port.in..";
    private static final String PORT_OUT = ROOT + ".application.port.out..";
    private static final String SERVICE = ROOT + ".application.service..";
    private static final String ADAPTERS = ROOT + ".adapters..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";
    /** Every adapter the reactor builds; the test fails if one of them is missing from the import. */
    private static final List<String> ADAPTER_PACKAGES = List.of(ROOT + ".adapters.persistence.memory",
            ROOT + ".adapters.persistence.jooq", ROOT + ".adapters.cli", ROOT + ".adapters.iati",
            ROOT + ".adapters.site");

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
        assertThat(classes.size()).isGreaterThan(100);
        assertThat(classes.contain(ROOT + ".domain.programme.Programme")).isTrue();
        assertThat(classes.contain(ROOT + ".application.service.ProgrammeService")).isTrue();
        assertThat(classes.contain(ROOT + ".application.port.out.ProgrammeRepository")).isTrue();
        for (String adapter : ADAPTER_PACKAGES) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(adapter))).as(adapter).isTrue();
        }
    }

    @Test
    @DisplayName("domain depends on java.* only")
    void domainDependsOnJavaOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(classes);
    }

    /**
     * Issue 9: {@code domain.programme} and {@code domain.event} imported each other (Programme
     * created Events and took them in removeBeneficiary; Event took the Programme in every
     * change). On that code (commit ef77443) this rule failed with the cycle
     * {@code event -> programme -> event} (jdeps -verbose:package on its classes shows both
     * edges); now event depends on programme and never the reverse.
     */
    @Test
    @DisplayName("the domain's packages are free of cycles")
    void domainPackagesHaveNoCycle() {
        slices().matching(ROOT + ".domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("application depends on the domain, Jakarta Validation and java.* only")
    void applicationDependsOnDomainAndValidation() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(APPLICATION, DOMAIN, "jakarta.validation..", "org.hibernate.validator..", "java..")
                .check(classes);
    }

    @Test
    @DisplayName("only CommandValidation names the validation provider, to configure it in code")
    void onlyCommandValidationNamesTheProvider() {
        noClasses().that().resideInAPackage(APPLICATION)
                .and().doNotHaveFullyQualifiedName(ROOT + ".application.port.in.CommandValidation")
                .and().doNotHaveFullyQualifiedName(ROOT + ".application.port.in.CommandValidation$Holder")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(classes);
    }

    @Test
    @DisplayName("input ports and output ports do not depend on each other")
    void portsAreIndependent() {
        noClasses().that().resideInAPackage(PORT_IN).should().dependOnClassesThat().resideInAPackage(PORT_OUT).check(classes);
        noClasses().that().resideInAPackage(PORT_OUT).should().dependOnClassesThat().resideInAPackage(PORT_IN).check(classes);
        noClasses().that().resideInAnyPackage(PORT_IN, PORT_OUT).should().dependOnClassesThat().resideInAPackage(SERVICE).check(classes);
    }

    @Test
    @DisplayName("adapters use ports, never services")
    void adaptersUsePorts() {
        noClasses().that().resideInAPackage(ADAPTERS).should().dependOnClassesThat().resideInAPackage(SERVICE).check(classes);
    }

    @Test
    @DisplayName("no adapter depends on another adapter")
    void adaptersAreIndependent() {
        for (String adapter : ADAPTER_PACKAGES) {
            for (String other : ADAPTER_PACKAGES) {
                if (!adapter.equals(other)) {
                    noClasses().that().resideInAPackage(adapter + "..").should().dependOnClassesThat().resideInAPackage(other + "..")
                            .check(classes);
                }
            }
        }
    }

    @Test
    @DisplayName("only bootstrap knows the adapters")
    void onlyBootstrapKnowsAdapters() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP).should().dependOnClassesThat().resideInAPackage(ADAPTERS)
                .check(classes);
    }
}
