package com.orderdesk.gui.audit;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audit trail's label letters: Alt+U user, Alt+F from, Alt+O to, Alt+D document. */
@ExtendWith(ApplicationExtension.class)
class AuditKeysScreenTest {
    private static TestBook book;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        book = TestBook.create(Files.createTempDirectory("audit-keys-test"));
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        AuditViewerController controller = new AuditViewerController(book.services().auditTrail(), () -> admin, screen.tasks,
                screen.status, ZoneOffset.UTC);
        scene = screen.show(stage, controller, 1258, 700);
    }

    @AfterAll
    static void closeBook() {
        book.db.close();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.U, "userField");
        fields.put(KeyCode.F, "fromPicker");
        fields.put(KeyCode.O, "toPicker");
        fields.put(KeyCode.D, "documentField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#auditTable").query(), fields);
    }
}
