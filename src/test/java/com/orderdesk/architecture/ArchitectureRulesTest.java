package com.orderdesk.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.archfixture.UseCaseWithJdbc;
import com.orderdesk.gui.archfixture.ScreenReachingStorage;
import com.orderdesk.logic.archfixture.EngineOpeningASession;
import com.orderdesk.persistence.archfixture.HibernateOrphanRepository;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test of the architecture test: the product with one class that breaks a rule added must
 * fail that rule, naming the class (ArchitectureTest shows the product alone passes). The
 * offending classes live in the test sources ({@code ..archfixture..}) and never ship.
 */
class ArchitectureRulesTest {
    private static JavaClasses productAndFixtures;

    @BeforeAll
    static void importTheProductWithTheFixtures() {
        // the product's classes, and of the test classes only the fixtures
        ImportOption productOrFixture = (Location location) -> !location.contains("/test-classes/") || location.contains("archfixture");
        productAndFixtures = new ClassFileImporter().withImportOption(productOrFixture).importPackages("com.orderdesk");
    }

    private static void failsNaming(ArchRule rule, Class<?> offender) {
        assertThatThrownBy(() -> rule.check(productAndFixtures)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender.getName());
    }

    @Test
    void aUseCaseMethodThatTakesTheUserAndChecksNothingIsRefused() {
        failsNaming(ArchitectureRules.USE_CASES_CHECK_THE_USER, com.orderdesk.application.archfixture.UseCaseWithoutACheck.class);
    }

    @Test
    void aScreenThatReachesStorageBreaksTheLayers() {
        failsNaming(ArchitectureRules.LAYERS, ScreenReachingStorage.class);
    }

    @Test
    void anEngineWithASessionBreaksTheHibernateRule() {
        failsNaming(ArchitectureRules.HIBERNATE_ONLY_IN_PERSISTENCE, EngineOpeningASession.class);
    }

    @Test
    void aUseCaseWithItsOwnJdbcBreaksTheOneDataAccessStyle() {
        failsNaming(ArchitectureRules.JDBC_ONLY_IN_PERSISTENCE, UseCaseWithJdbc.class);
    }

    @Test
    void jasperOutsideReportingIsRefused() {
        failsNaming(ArchitectureRules.JASPER_ONLY_IN_REPORTING, EngineOpeningASession.class);
    }

    @Test
    void awtInAnUnmarkedScreenIsRefused() {
        failsNaming(ArchitectureRules.AWT_ONLY_IN_REPORTING_OR_WHERE_MARKED, ScreenReachingStorage.class);
    }

    @Test
    void javafxInAnEngineIsRefused() {
        failsNaming(ArchitectureRules.JAVAFX_ONLY_IN_THE_WINDOW, EngineOpeningASession.class);
    }

    @Test
    void picocliInAUseCaseIsRefused() {
        failsNaming(ArchitectureRules.PICOCLI_ONLY_IN_COMMANDS, UseCaseWithJdbc.class);
    }

    @Test
    void aRepositoryThatImplementsNoPortIsRefused() {
        failsNaming(ArchitectureRules.REPOSITORIES_IMPLEMENT_PORTS, HibernateOrphanRepository.class);
    }

    @Test
    void twoFeaturesCallingEachOtherAreACycle() {
        ArchRule logicCycles = ArchitectureRules.noCyclesBetweenFeatures().get(1);
        assertThatThrownBy(() -> logicCycles.check(productAndFixtures)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aRuleOverPackagesThatNoLongerExistFailsInsteadOfPassing() {
        ArchRule renamedAway = ArchRuleDefinition.noClasses().that().resideInAPackage("com.orderdesk.nosuchlayer..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..");
        assertThatThrownBy(() -> renamedAway.check(productAndFixtures)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
