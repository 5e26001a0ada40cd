package org.eduroadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;

/** The package tree is the architecture: views call services, services never call views. */
@AnalyzeClasses(packages = "org.eduroadmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("views call services, never repositories");

    @ArchTest
    static final ArchRule servicesDoNotDependOnUi = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveFullyQualifiedName("org.eduroadmap.security.SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .as("services and entities do not depend on the user interface");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.eduroadmap.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.eduroadmap.base"))
            .as("no dependency cycles between features");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.eduroadmap.base")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.eduroadmap.kpi..", "org.eduroadmap.roadmap..", "org.eduroadmap.assistance..",
                    "org.eduroadmap.meeting..", "org.eduroadmap.organisation..", "org.eduroadmap.security..",
                    "org.eduroadmap.dashboard..", "org.eduroadmap.admin..", "org.eduroadmap.demo..")
            .as("the shared kernel (base) depends on no feature");
}
