package ma.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The package rules of docs/architecture.md that Spring Modulith does not hold, one rule a line. */
@AnalyzeClasses(packages = "ma.marsad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("views call services; services call repositories");

    @ArchTest
    static final ArchRule viewsDoNotTouchEntities = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("views work with records that services return");

    @ArchTest
    static final ArchRule onlyExcelPackagesUsePoi = noClasses().that().resideOutsideOfPackages("..excelimport..", "..excelexport..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule onlyTheChartPackageUsesJFreeChart = noClasses().that().resideOutsideOfPackage("ma.marsad.chart..")
            .should().dependOnClassesThat().resideInAPackage("org.jfree..");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
            .because("nothing calls now() directly: time comes from an injected Clock");

    @ArchTest
    static final ArchRule everyViewNamesWhoMayOpenIt = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("a view is denied unless its roles are named");

    @ArchTest
    static final ArchRule everyEndpointNamesWhoMayCallIt = classes().that().areAnnotatedWith(RestController.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .because("an endpoint is denied unless its roles are named");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirFeature = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("a feature's entities are its internals; others see records");

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("ma.marsad.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noUtilPackages = noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..");

    @ArchTest
    static final ArchRule endpointsDoNotTouchRepositories = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("endpoints call services, as views do");

    /** Every feature there is, read from the classes: a new feature is covered without editing this test. */
    @ArchTest
    static void baseDependsOnNoFeature(JavaClasses classes) {
        String[] features = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("ma.marsad.") && !p.startsWith("ma.marsad.base"))
                .map(p -> "ma.marsad." + p.substring("ma.marsad.".length()).split("\\.")[0] + "..")
                .distinct().sorted().toArray(String[]::new);
        org.assertj.core.api.Assertions.assertThat(features).as("the features found")
                .contains("ma.marsad.progress..", "ma.marsad.review..", "ma.marsad.indicator..");
        noClasses().that().resideInAPackage("ma.marsad.base..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("base holds shared building blocks only")
                .check(classes);
    }
}
