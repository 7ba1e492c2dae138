package com.orderdesk.logic.kpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The KPI engine is plain Java: the dashboard, the command and the simulator all run it, so it
 * may use nothing but the JDK's lang, math, time and util (no Hibernate, JavaFX, java.sql,
 * JasperReports, AWT, nor another layer of Order Desk). Fails if the package is empty.
 */
class KpiArchitectureTest {
    @Test
    void theEngineUsesOnlyTheCoreJdk() {
        classes().that().resideInAPackage("com.orderdesk.logic.kpi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.math..", "java.time..",
                        "java.util..", "com.orderdesk.logic.kpi..")
                .because("the engine must compute the same figures wherever it runs, from plain ledgers")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.orderdesk.logic.kpi"));
    }
}
