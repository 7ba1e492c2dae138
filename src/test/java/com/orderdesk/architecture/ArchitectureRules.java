package com.orderdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.orderdesk.gui.common.AllowedToUseAwt;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rules the house is built on (src/site/markdown/architecture.md): layers per feature, the
 * adapters that alone may use a technology, and no cycles between features. ArchitectureTest checks
 * them against the product; ArchitectureRulesTest checks that each one fails on a class that breaks it.
 * No rule allows an empty set of classes: a rule whose packages were renamed away fails instead of
 * passing silently.
 */
public final class ArchitectureRules {
    private static final String ROOT = "com.orderdesk.";

    private ArchitectureRules() {
    }

    /**
     * Who may use whom. Screens reach the book only through use cases; use cases reach it only
     * through their ports, which persistence implements; the engines know nothing above them.
     */
    public static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("main").definedBy(ROOT + "main..")
            .layer("app").definedBy(ROOT + "app..")
            .layer("cli").definedBy(ROOT + "cli..")
            .layer("bench").definedBy(ROOT + "bench..")
            .layer("demo").definedBy(ROOT + "demo..")
            .layer("gui").definedBy(ROOT + "gui..")
            .layer("reporting").definedBy(ROOT + "reporting..")
            .layer("persistence").definedBy(ROOT + "persistence..")
            .layer("application").definedBy(ROOT + "application..")
            .layer("logic").definedBy(ROOT + "logic..")
            .layer("model").definedBy(ROOT + "model..")
            .whereLayer("main").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("main", "cli", "bench")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("main", "bench")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("main")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("main", "app", "cli", "bench")
            .whereLayer("gui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("reporting").mayOnlyBeAccessedByLayers("main", "app", "cli", "bench", "gui")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("main", "app", "cli", "bench", "demo")
            .whereLayer("application").mayOnlyBeAccessedByLayers("main", "app", "cli", "bench", "demo", "gui", "persistence")
            .whereLayer("logic").mayOnlyBeAccessedByLayers("main", "app", "cli", "bench", "demo", "gui", "reporting",
                    "persistence", "application")
            .because("screens call use cases, use cases reach storage through ports, engines stand alone");

    /** A persistence adapter exists to implement a port of the application layer. */
    public static final ArchRule REPOSITORIES_IMPLEMENT_PORTS = classes()
            .that().resideInAPackage(ROOT + "persistence..").and().haveSimpleNameStartingWith("Hibernate")
            .and().areNotInterfaces()
            .should().implement(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAPackage(ROOT + "application.."))
            .because("persistence adapters implement the ports the use cases declare");

    public static final ArchRule HIBERNATE_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackages(ROOT + "persistence..", ROOT + "demo..", ROOT + "bench..", ROOT + "model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "org.flywaydb..",
                    "com.zaxxer..")
            .because("only the persistence adapters open sessions (the demo's and the benchmarks' bulk set-up aside,"
                    + " which live apart from the product)");

    /** Entities carry mapping annotations, but no entity opens a session or runs a query. */
    public static final ArchRule MODEL_USES_ONLY_MAPPING_ANNOTATIONS = noClasses()
            .that().resideInAPackage(ROOT + "model..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.Session")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.hibernate.query..", "java.sql..")
            .because("entities are data and rules about themselves");

    public static final ArchRule JDBC_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackages(ROOT + "persistence..", ROOT + "demo..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("one data-access style: the unit of work's Hibernate session (the demo loads its bulk over JDBC)");

    public static final ArchRule JASPER_ONLY_IN_REPORTING = noClasses()
            .that().resideOutsideOfPackage(ROOT + "reporting..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..")
            .because("reports are filled by the reporting adapter from prepared documents");

    public static final ArchRule AWT_ONLY_IN_REPORTING_OR_WHERE_MARKED = noClasses()
            .that().resideOutsideOfPackage(ROOT + "reporting..")
            .and(not(are(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(AllowedToUseAwt.class))))
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.print..",
                    "javafx.embed.swing..")
            .because("AWT images come from the report renderer; only the marked screen classes turn them into JavaFX images");

    public static final ArchRule JAVAFX_ONLY_IN_THE_WINDOW = noClasses()
            .that().resideOutsideOfPackages(ROOT + "gui..", ROOT + "app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("engines, use cases, storage and commands run without a toolkit");

    public static final ArchRule PICOCLI_ONLY_IN_COMMANDS = noClasses()
            .that().resideOutsideOfPackages(ROOT + "cli..", ROOT + "bench..", ROOT + "main..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("commands are an adapter like the screens");

    /**
     * Every door checks who is knocking: a public method of the application layer that takes the
     * signed-in user calls {@code AccessControl.require...}, directly, through a non-public method
     * of its own class, or by delegating to another public use-case method that does (or to such a
     * method of a use-case interface, whose implementations this rule checks in turn). Classes
     * marked {@link com.orderdesk.application.StepOfTheCallersUnit} run inside a use case that checked
     * already, and a call to them is no check. It cannot see whether the check comes before the work:
     * EveryDoorChecksTheUserTest calls every door as a user of no role and looks at the book.
     */
    public static final ArchRule USE_CASES_CHECK_THE_USER = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "application..")
            .and().arePublic()
            .and(TakesTheUser.PREDICATE)
            .and().areDeclaredInClassesThat().areNotInterfaces()
            .and().areDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.not(TakesTheUser.STEP))
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(com.orderdesk.application.AccessControl.class.getName())
            .should(TakesTheUser.CHECKS)
            .because("a use case refuses a user without the permission, whatever called it (screen, command, test)");

    /**
     * A use case hands out no step of the caller's unit: such a step checks no user, so a screen or command that could
     * get one from a use case could take it unchecked (ClaimUseCases.deductionCases() did until 8 December). The
     * composition root builds the steps and hands them to the use cases that take them.
     */
    public static final ArchRule USE_CASES_HAND_OUT_NO_STEP = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "application..")
            .and().arePublic()
            .and().areDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.not(TakesTheUser.STEP))
            .should().haveRawReturnType(TakesTheUser.STEP)
            .because("a step of the caller's unit checks no user: only the composition root builds and hands it out");

    /** Features within each layer depend on each other one way only. */
    public static List<ArchRule> noCyclesBetweenFeatures() {
        return List.of("model", "logic", "application", "persistence", "gui").stream()
                .map(layer -> (ArchRule) slices().matching(ROOT + layer + ".(*)..").namingSlices(layer + " $1")
                        .should().beFreeOfCycles().because("features of the " + layer + " layer call each other one way"))
                .toList();
    }

    public static final ArchRule NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES = slices().matching(ROOT + "(*)..")
            .should().beFreeOfCycles();

    public static List<ArchRule> all() {
        List<ArchRule> rules = new java.util.ArrayList<>(List.of(LAYERS, REPOSITORIES_IMPLEMENT_PORTS,
                HIBERNATE_ONLY_IN_PERSISTENCE, MODEL_USES_ONLY_MAPPING_ANNOTATIONS, JDBC_ONLY_IN_PERSISTENCE,
                JASPER_ONLY_IN_REPORTING, AWT_ONLY_IN_REPORTING_OR_WHERE_MARKED, JAVAFX_ONLY_IN_THE_WINDOW,
                PICOCLI_ONLY_IN_COMMANDS, NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES, USE_CASES_CHECK_THE_USER,
                USE_CASES_HAND_OUT_NO_STEP));
        rules.addAll(noCyclesBetweenFeatures());
        return rules;
    }

}
