package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk moves stock with the keys of the Stock screen's list (F1): Ctrl+F the product, Alt+R /
 * Alt+D / Alt+T the kind, Alt+N / Alt+Q / Alt+E / Alt+O the node, quantity, reference and note,
 * Enter or Ctrl+S posts (a quantity that is not one is said under the form).
 */
@ExtendWith(ApplicationExtension.class)
class StockKeysScreenTest extends ScreenTestOnOneBook {
    private StockController stock;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var services = book.services();
        var clerk = book.clerk();
        stock = new StockController(new StockDeskServices(services.catalog().products(), services.catalog().stock(),
                services.authorizer(), () -> clerk), screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        scene = screen.show(stage, stock, 1258, 700);
        stock.refresh();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "kind " + stock.moveForm().kind.get() + ", quantity '" + stock.moveForm().quantity.get()
                + "', problem '" + ((Label) scene.lookup("#moveProblemLabel")).getText() + "'");
    }

    @Test
    void theMovementKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        robot.clickOn("#historyTable");
        ctrl(robot, KeyCode.F);
        waitUntil(() -> "productField".equals(screen.settledFocusId()));
        robot.write("large gloves").type(KeyCode.ENTER);
        waitUntil(() -> stock.shown() != null && stock.shown().sku().equals("GLV-NIT-L"));

        // the kind: Alt+D adjust, Alt+T transfer, Alt+R receive
        alt(robot, KeyCode.D);
        waitUntil(() -> stock.moveForm().kind.get() == StockMoveForm.Kind.ADJUST);
        alt(robot, KeyCode.T);
        waitUntil(() -> stock.moveForm().kind.get() == StockMoveForm.Kind.TRANSFER);
        alt(robot, KeyCode.R);
        waitUntil(() -> stock.moveForm().kind.get() == StockMoveForm.Kind.RECEIVE);

        // the fields: Alt+N node, Alt+Q quantity, Alt+E reference, Alt+O note
        alt(robot, KeyCode.N);
        assertThat(screen.settledFocusId()).as("focus after Alt+N").isEqualTo("nodeBox");
        alt(robot, KeyCode.Q);
        assertThat(screen.settledFocusId()).as("focus after Alt+Q").isEqualTo("quantityField");
        alt(robot, KeyCode.E);
        assertThat(screen.settledFocusId()).as("focus after Alt+E").isEqualTo("referenceField");
        alt(robot, KeyCode.O);
        assertThat(screen.settledFocusId()).as("focus after Alt+O").isEqualTo("noteField");

        // a quantity that is not one: Ctrl+S from the note says so under the form, nothing is posted
        alt(robot, KeyCode.Q);
        robot.write("ten");
        alt(robot, KeyCode.O);
        ctrl(robot, KeyCode.S);
        waitUntil(() -> !robot.lookup("#moveProblemLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#moveProblemLabel").queryAs(Label.class).getText()).startsWith("Quantity");
        alt(robot, KeyCode.Q);

        // Enter posts the receipt; Ctrl+S posts the next one
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12");
        alt(robot, KeyCode.E);
        robot.write("DN-7781");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lastMessage().startsWith("Received 12"));
        alt(robot, KeyCode.Q);
        robot.write("3");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().startsWith("Received 3"));
        assertThat(book.services().catalog().stock().history(book.clerk(), book.gloveId, null)).hasSize(2);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        robot.clickOn("#historyTable");
        ctrl(robot, KeyCode.F);
        waitUntil(() -> "productField".equals(screen.settledFocusId()));
        robot.write("large gloves").type(KeyCode.ENTER);
        waitUntil(() -> stock.shown() != null && stock.shown().sku().equals("GLV-NIT-L"));
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.U, "productField");
        fields.put(KeyCode.N, "nodeBox");
        fields.put(KeyCode.Q, "quantityField");
        fields.put(KeyCode.E, "referenceField");
        fields.put(KeyCode.O, "noteField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#nodesTable").query(), fields);

        // a transfer shows From and Into (To's O was the note's too), an adjustment its reason (its N was the node's too)
        alt(robot, KeyCode.T);
        waitUntil(() -> stock.moveForm().kind.get() == StockMoveForm.Kind.TRANSFER);
        LabelKeys.assertNoTwoShareALetter(scene);
        var transfer = new LinkedHashMap<KeyCode, String>();
        transfer.put(KeyCode.F, "nodeBox");
        transfer.put(KeyCode.I, "toNodeBox");
        transfer.put(KeyCode.O, "noteField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#nodesTable").query(), transfer);
        alt(robot, KeyCode.D);
        waitUntil(() -> stock.moveForm().kind.get() == StockMoveForm.Kind.ADJUST);
        LabelKeys.assertNoTwoShareALetter(scene);
        var adjust = new LinkedHashMap<KeyCode, String>();
        adjust.put(KeyCode.N, "nodeBox");
        adjust.put(KeyCode.S, "reasonBox");
        adjust.put(KeyCode.C, "quantityField"); // "_Counted" while the reason is a count
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#nodesTable").query(), adjust);
    }
}
