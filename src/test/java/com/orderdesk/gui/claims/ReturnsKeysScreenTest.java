package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk reaches each of the Returns screen's fields by its label's letter. The labels name fields
 * declared after them, which FXML leaves unlinked: Mnemonics.linkLabels links them.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnsKeysScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private final List<String> printed = new ArrayList<>();
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var clerk = f.clerk();
        ReturnsController controller = new ReturnsController(new ReturnsViewModel(f.returns(), () -> clerk), screen.tasks,
                screen.dialogs, screen.status, number -> {
                    printed.add(number);
                    return null;
                });
        // no refresh: its list arriving while the keys are pressed would count as a change
        scene = screen.show(stage, controller, 1258, 700);
    }

    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) {
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.I, "invoiceField");
        fields.put(KeyCode.Q, "quantityField");
        fields.put(KeyCode.S, "returnReason");
        fields.put(KeyCode.T, "nodeBox");
        fields.put(KeyCode.O, "noteField");
        fields.put(KeyCode.K, "toStockField");
        fields.put(KeyCode.P, "scrapField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#returnableLines").query(), fields);
        assertThat(printed).as("no RMA printed").isEmpty();
    }
}
