package com.orderdesk.gui.company;

import static com.orderdesk.gui.company.CompanyScreen.message;
import static com.orderdesk.gui.company.CompanyScreen.retype;
import static com.orderdesk.gui.company.CompanyScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desk's own EDI ID, which the inbox checks every interchange's receiver (ISA07/ISA08) against
 * and answers from: kept before as a company setting no screen or command could set. The
 * administrator types it here; a value X12 cannot carry is refused with the reason, what was typed kept.
 */
@ExtendWith(ApplicationExtension.class)
class CompanyEdiIdScreenTest {
    @TempDir
    static Path dir;
    private static TestBook book;
    private static SignedInUser admin;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();

    @BeforeAll
    static void book() throws Exception {
        book = TestBook.create(Files.createDirectories(dir.resolve("book")));
        admin = book.admin();
    }

    @AfterAll
    static void closeBook() {
        book.db.close();
    }

    @Start
    void start(Stage stage) {
        CompanyScreen.show(screen, stage, book.services().companySettings(), admin, 1024, 700);
    }

    @Test
    void theAdministratorSetsTheDesksEdiIdAndItsQualifier(FxRobot robot) throws Exception {
        TextField id = robot.lookup("#ediId").queryAs(TextField.class);
        waitUntil(() -> !robot.lookup("#companyName").queryAs(TextField.class).getText().isEmpty());
        assertThat(id.getText()).as("none set in a new book").isEmpty();

        retype(robot, "#ediQualifier", "zz");
        retype(robot, "#ediId", "NORTHWIND*SUPPLY");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> message(robot).startsWith("Not saved"));
        assertThat(message(robot)).contains("EDI ID", "\"*\"");
        assertThat(id.getText()).isEqualTo("NORTHWIND*SUPPLY");

        retype(robot, "#ediId", "NORTHWIND");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> screen.lastMessage().startsWith("Company settings saved"));

        CompanySettingsUseCases.Current stored = book.services().companySettings().load(admin);
        assertThat(stored.settings().ediQualifier()).isEqualTo("ZZ");
        assertThat(stored.settings().ediId()).isEqualTo("NORTHWIND");
        assertThat(book.services().auditTrail().find(admin, AuditQuery.all())).filteredOn(e -> e.action()
                .equals(CompanySettingsUseCases.SETTINGS_CHANGE)).singleElement().extracting(AuditEntry::after).asString()
                .contains("NORTHWIND");
    }
}
