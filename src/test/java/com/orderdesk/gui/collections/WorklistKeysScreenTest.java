package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An AR clerk works the collections worklist with its keys (F1): Enter to the note, Alt+L logs the
 * call, Alt+R records the promise (an amount that is not one leaves the cursor in the amount),
 * Alt+O / Alt+K / Alt+B to the filters, F5 reloads, Alt+P re-predicts.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistKeysScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        desk.openBook();
        desk.worklist(stage, 1258);
        scene = desk.scene();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        desk.screen.await(60, condition);
    }

    @Test
    void theWorklistKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#worklistTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#worklistTable").type(KeyCode.HOME);
        waitUntil(() -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains("C-10001"));

        // Enter: the note; Alt+L logs the call
        robot.type(KeyCode.ENTER);
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("noteField");
        robot.write("Left a voicemail for accounts payable");
        alt(robot, KeyCode.L);
        waitUntil(() -> desk.screen.lastMessage().equals("Contact with C-10001 logged"));
        // the next action is in the list, on the same customer (the focus stayed on the button, tour 8)
        assertThat(desk.screen.settledFocusOrParentId()).as("focus after Alt+L").isEqualTo("worklistTable");
        assertThat(((com.orderdesk.logic.collections.WorklistRow) table.getSelectionModel().getSelectedItem()).customerNo())
                .isEqualTo("C-10001");

        // Alt+R with an amount that is not one: said, and the cursor back in the amount
        robot.clickOn("#promiseAmountField").write("lots");
        alt(robot, KeyCode.R);
        waitUntil(() -> !desk.screen.dialogs.errors.isEmpty());
        assertThat(desk.screen.dialogs.errors).singleElement().asString().contains("The promised amount is not an amount: lots");
        assertThat(desk.screen.settledFocusOrParentId()).as("focus after Alt+R refused").isEqualTo("promiseAmountField");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("250.00");
        robot.clickOn("#promiseDatePicker").write(TestBook.TODAY.plusDays(3).toString()).type(KeyCode.ENTER);
        alt(robot, KeyCode.R);
        waitUntil(() -> desk.screen.lastMessage().startsWith("Promise of 250.00 by "));
        assertThat(desk.screen.lastMessage()).endsWith(" recorded for C-10001");
        assertThat(desk.screen.settledFocusOrParentId()).as("focus after Alt+R").isEqualTo("worklistTable");
        assertThat(((com.orderdesk.logic.collections.WorklistRow) table.getSelectionModel().getSelectedItem()).customerNo())
                .isEqualTo("C-10001");

        // the filters: Alt+O owner, Alt+K risk class, Alt+B aging bucket
        alt(robot, KeyCode.O);
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("ownerBox");
        alt(robot, KeyCode.K);
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("riskBox");
        alt(robot, KeyCode.B);
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("bucketBox");

        // F5 reloads; Alt+P predicts every open invoice again (the list then says as of when)
        robot.interact(() -> desk.screen.status.showMessage("-"));
        robot.clickOn("#worklistTable").type(KeyCode.F5);
        waitUntil(() -> desk.screen.lastMessage().startsWith("Worklist loaded: 2 customers"));
        robot.interact(() -> desk.screen.status.showMessage("-"));
        alt(robot, KeyCode.P);
        waitUntil(() -> desk.screen.lastMessage().startsWith("Worklist loaded: 2 customers"));
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).startsWith("predictions of ");
        assertThat(desk.screen.dialogs.errors).hasSize(1);
    }

    /** tour8: 255 customers on the demo book and no search; Ctrl+F did nothing. */
    @Test
    void ctrlFSearchesTheWorklistAndDownGoesToTheCustomerFound(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<com.orderdesk.logic.collections.WorklistRow> table = robot.lookup("#worklistTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        var second = table.getItems().get(1);
        robot.clickOn("#worklistTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("searchField");
        robot.write(second.customerNo().toLowerCase());
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).customerNo()).isEqualTo(second.customerNo());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains(second.customerNo()));
        assertThat(desk.screen.settledFocusOrParentId()).isEqualTo("worklistTable");
        // by a part of the name as well; emptied, the whole list is back
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write(second.name().substring(1, 5));
        waitUntil(() -> table.getItems().size() >= 1 && table.getItems().contains(second));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        waitUntil(() -> table.getItems().size() == 2);
    }

    /** Each label's letter, filters and the customer's form alike, puts the cursor in its field and does nothing else. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#worklistTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#worklistTable").type(KeyCode.HOME);
        waitUntil(() -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains("C-10001"));
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "searchField");
        fields.put(KeyCode.O, "ownerBox");
        fields.put(KeyCode.K, "riskBox");
        fields.put(KeyCode.B, "bucketBox");
        fields.put(KeyCode.H, "channelBox");
        fields.put(KeyCode.N, "noteField");
        fields.put(KeyCode.X, "nextActionPicker");
        fields.put(KeyCode.M, "promiseAmountField");
        fields.put(KeyCode.Y, "promiseDatePicker");
        LabelKeys.assertEachFocusesItsField(robot, scene, desk.screen, table, fields);
        assertThat(desk.screen.dialogs.errors).isEmpty();
    }
}
