package com.orderdesk.gui.order;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.security.Role;
import java.util.LinkedHashMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Order entry's label letters, the clerk's most used screen: each puts the cursor in its field and
 * changes nothing else, and no two controls in view share a letter. Defect found by this first
 * label-letter test of the screen: 'Ship _to' and 'Q_ty' both underlined T (JavaFX takes turns, so
 * Alt+T reached the ship-to only every other press); the quantity is '_Qty' now, as on the stock,
 * returns and products screens, and the requested date 'Req_uested delivery'.
 */
@ExtendWith(ApplicationExtension.class)
class OrderEntryKeysScreenTest extends ScreenTestOnOneBook {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        OrderEntryController controller = OrderEntryScreens.controller(book, clerk, screen);
        scene = screen.show(stage, controller, 1258, 700);
    }

    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.C, "customerField");
        fields.put(KeyCode.T, "shipToBox");
        fields.put(KeyCode.H, "channelBox");
        fields.put(KeyCode.P, "poField");
        fields.put(KeyCode.U, "requestedDatePicker");
        fields.put(KeyCode.O, "notesField");
        fields.put(KeyCode.R, "productField");
        fields.put(KeyCode.Q, "quantityField");
        fields.put(KeyCode.I, "priceField");
        fields.put(KeyCode.D, "discountField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#linesTable").query(), fields);
    }
}
