package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.KeyPresses;
import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.cash.CashFixture;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cash desk's label letters: Alt+Y day, Alt+T status, Alt+S search, and with a payment selected Alt+M its customer. */
@ExtendWith(ApplicationExtension.class)
class CashKeysScreenTest extends ScreenTestOnOneBook {
    private static CashFixture f;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        f = new CashFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar1 = f.desk.user("ar1");
        CashMatchingController controller = CashDeskScreen.desk(f, screen, () -> ar1);
        scene = screen.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TableView<?> payments = robot.lookup("#paymentTable").queryAs(TableView.class);
        screen.dialogs.fileToOpen = CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv());
        KeyPresses.ctrl(robot, KeyCode.I);
        screen.await(30, () -> !payments.getItems().isEmpty());
        robot.interact(() -> payments.getSelectionModel().select(0));
        screen.await(30, () -> robot.lookup("#customerField").query().isVisible() && !robot.lookup("#customerField").query().isDisabled());
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.Y, "dayPicker");
        fields.put(KeyCode.T, "statusBox");
        fields.put(KeyCode.S, "searchField");
        fields.put(KeyCode.M, "customerField"); // "C_ustomer" shared U with "Post all A_UTO"
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, payments, fields);
    }
}
