package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The root causes' keys from the F1 list: Alt+F / Alt+T the period, Alt+B the dimension. The labels
 * name fields declared after them, which FXML leaves unlinked: Mnemonics.linkLabels links them.
 */
@ExtendWith(ApplicationExtension.class)
class RootCausesKeysScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar = f.ar();
        RootCausesController controller = new RootCausesController(new RootCausesViewModel(f.claims(), () -> ar), screen.tasks,
                screen.dialogs, screen.status, TestBook.CLOCK);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        Label total = robot.lookup("#rootCauseTotal").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> !total.getText().isEmpty()); // the first count has arrived
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.F, "fromPicker");
        fields.put(KeyCode.T, "toPicker");
        fields.put(KeyCode.B, "byBox");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#rootCauseTable").query(), fields);
    }
}
