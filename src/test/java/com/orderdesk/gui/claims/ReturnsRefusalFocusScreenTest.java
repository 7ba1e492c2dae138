package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A return refused before it is asked for puts the cursor where it is put right. Tour of 7 December
 * (newuser18, arthur at 1366): Ctrl+S with no reason chosen said "Choose why the goods come back." at
 * the foot of the screen and left the cursor in the lines table, where the next keys moved the line.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnsRefusalFocusScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) {
        var clerk = f.clerk();
        ReturnsController controller = new ReturnsController(new ReturnsViewModel(f.returns(), () -> clerk), screen.tasks,
                screen.dialogs, screen.status, number -> null);
        screen.show(stage, controller, 1258, 700);
        controller.focusInvoice();
    }

    @Test
    void aRefusedReturnPutsTheCursorInTheFieldToCorrect(FxRobot robot) throws Exception {
        robot.clickOn("#invoiceField").write("INV-010001").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#returnableLines").queryAs(TableView.class)
                .getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Label said = robot.lookup("#returnResult").queryAs(Label.class);
        ComboBox<?> reason = robot.lookup("#returnReason").queryAs(ComboBox.class);
        TextField quantity = robot.lookup("#quantityField").queryAs(TextField.class);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Choose why the goods come back.".equals(said.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reason.isFocused()).as("the cursor in the reason, not left in the lines").isTrue();

        robot.interact(() -> robot.lookup("#returnReason").queryAs(ComboBox.class).setValue(ReturnReason.SURPLUS));
        robot.interact(() -> quantity.setText("99"));
        robot.interact(() -> robot.lookup("#returnableLines").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> said.getText().startsWith("Quantity: 1 to"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quantity.isFocused()).as("the cursor in the quantity").isTrue();
        assertThat(quantity.getSelectedText()).as("what to type over").isEqualTo("99");
        assertThat(f.returns().list(f.clerk()).rows()).as("nothing authorized").isEmpty();
    }
}
