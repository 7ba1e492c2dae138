package com.orderdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers' arrows one way (DESIGN.md): gui -> logic -> model, persistence -> model,
 * app wires everything. Rules allow empty layers, so they hold while features are still arriving.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.orderdesk");
    }

    @Test
    void nothingBelowTheGuiUsesJavafx() {
        noClasses().that().resideInAnyPackage("com.orderdesk.model..", "com.orderdesk.logic..",
                        "com.orderdesk.persistence..", "com.orderdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .because("the model, engines, storage and commands must run without a toolkit")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelAndLogicDoNotTouchSessions() {
        noClasses().that().resideInAnyPackage("com.orderdesk.model..", "com.orderdesk.logic..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.SessionFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.StatelessSession")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .because("only the persistence layer opens sessions (JPA annotations on the model are fine)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void guiReachesDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("com.orderdesk.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.orderdesk.persistence..", "org.hibernate..",
                        "org.flywaydb..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("screens call services in logic; storage is wired by app")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("com.orderdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.orderdesk.logic..", "com.orderdesk.persistence..",
                        "com.orderdesk.gui..", "com.orderdesk.cli..", "com.orderdesk.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void logicDependsOnlyOnModel() {
        noClasses().that().resideInAPackage("com.orderdesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("com.orderdesk.persistence..", "com.orderdesk.gui..",
                        "com.orderdesk.cli..", "com.orderdesk.app..")
                .because("engines are plain Java; storage is reached through interfaces that persistence implements")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyAppWiresTheLayersTogether() {
        noClasses().that().resideInAnyPackage("com.orderdesk.model..", "com.orderdesk.logic..",
                        "com.orderdesk.persistence..", "com.orderdesk.gui..")
                .should().dependOnClassesThat().resideInAPackage("com.orderdesk.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("com.orderdesk.persistence..", "com.orderdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.orderdesk.gui..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
