package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.security.Role;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A requested delivery date the clerk typed but that is no date ("2026-02-30") is not dropped on
 * save: the save is refused and says why beside the field, and the text stays as typed. (Found on
 * the new user's tour: the order was saved with no requested date while the field still showed
 * "2026-02-30", and the only trace was an exception on the terminal.)
 */
@ExtendWith(ApplicationExtension.class)
class UnreadableRequestedDateScreenTest extends ScreenTestOnOneBook {
    private static com.orderdesk.logic.security.SignedInUser clerk;
    private OrderEntryController controller;

    @BeforeAll
    static void clerk() throws Exception {
        clerk = book.user("clerk1", Role.ORDER_CLERK);
    }

    @Start
    void start(Stage stage) throws Exception {
        controller = OrderEntryScreens.quotingController(book, clerk, screen);
        screen.show(stage, controller, 1258, 700);
        controller.focusFirstField();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDateThatIsNoDateStopsTheSaveAndSaysSoBesideTheField(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("acme").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().shipToProperty().get() != null);
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        robot.write("GLV").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused());
        robot.write("20").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().lines().size() == 1);
        robot.clickOn("#requestedDatePicker").write("2026-02-30").type(KeyCode.TAB);
        waitUntil(() -> !robot.lookup("#deliveryOptions").tryQuery().map(javafx.scene.Node::isDisabled).orElse(false));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> String.valueOf(screen.status.lastMessageProperty().get()).startsWith("Not saved")
                || controller.viewModel().orderNumberProperty().get() != null);

        assertThat(controller.viewModel().orderNumberProperty().get()).as("order number (saved without its date?)").isNull();
        assertThat(String.valueOf(screen.status.lastMessageProperty().get())).isEqualTo("Not saved: 1 problem to correct");
        String listed = robot.lookup("#problemsBox").queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(listed).contains("“2026-02-30” is not a date");
        DatePicker picker = robot.lookup("#requestedDatePicker").queryAs(DatePicker.class);
        assertThat(picker.getEditor().getText()).as("the text as typed").isEqualTo("2026-02-30");
        assertThat(picker.isFocused() || picker.getEditor().isFocused()).as("the cursor in the date").isTrue();
    }
}
