package com.orderdesk.gui.audit;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audit trail's label letters: Alt+U user, Alt+M from, Alt+O to, Alt+D document. */
@ExtendWith(ApplicationExtension.class)
class AuditKeysScreenTest extends ScreenTestOnOneBook {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        AuditViewerController controller = new AuditViewerController(book.services().auditTrail(), () -> admin, screen.tasks,
                screen.status, ZoneOffset.UTC);
        scene = screen.show(stage, controller, 1258, 700);
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.U, "userField");
        fields.put(KeyCode.M, "fromPicker"); // Alt+F is the File menu's (tour13)
        fields.put(KeyCode.O, "toPicker");
        fields.put(KeyCode.D, "documentField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#auditTable").query(), fields);
    }
}
