package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.KeyPresses;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.security.Role;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
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
 * Tour13: order entry's delivery ways (the cheapest, a faster one) had no letter, and were 7 Tabs from
 * the requested date. Now Tab from the date goes into the ways and on to the notes, and Alt+W
 * ("Delivery _ways") reaches the way picked from anywhere on the form; Down and Space pick another.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryKeysScreenTest extends ScreenTestOnOneBook {
    private static com.orderdesk.logic.security.SignedInUser clerk;
    private OrderEntryController controller;

    /** The Chicago store's two handling days (so there is a faster way than the cheapest) and a clerk. */
    @BeforeAll
    static void book() throws Exception {
        OrderEntryScreens.chicagoStoreNeedsTwoDays(book);
        clerk = book.user("clerk1", Role.ORDER_CLERK);
    }

    @Start
    void start(Stage stage) {
        controller = OrderEntryScreens.quotingController(book, clerk, screen);
        com.orderdesk.gui.common.Truncation.applicationLook();
        screen.show(stage, controller, 1258, 700);
        controller.focusFirstField();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<RadioButton> ways(FxRobot robot) {
        return List.copyOf(robot.lookup(".delivery-option").queryAllAs(RadioButton.class));
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#customerField").query().getScene().getFocusOwner();
    }

    private static boolean focusIn(FxRobot robot, String id) {
        for (Node n = focused(robot); n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tabFromTheDateGoesIntoTheWaysAndAltWReachesThem(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("acme").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().shipToProperty().get() != null);
        KeyPresses.alt(robot, KeyCode.R);
        waitUntil(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        robot.write("GLV").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused());
        robot.write("20").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().lines().size() == 1);
        KeyPresses.alt(robot, KeyCode.U);
        waitUntil(() -> focusIn(robot, "requestedDatePicker"));
        robot.write("2026-11-30");
        waitUntil(() -> ways(robot).size() >= 2 && !robot.lookup("#deliveryOptions").query().isDisabled());

        robot.type(KeyCode.TAB);
        // the date committed on Tab asks for a new quote: the ways are made anew for it, the focus stays in them
        waitUntil(() -> robot.lookup("#deliverySummary").queryAs(javafx.scene.control.Label.class).getText()
                .contains("Requested Nov 30") && !robot.lookup("#deliveryOptions").query().isDisabled());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(robot)).as("one Tab from the requested date").isSameAs(ways(robot).get(0));
        assertThat(controller.viewModel().requestedDateProperty().get()).as("the date typed, kept on Tab")
                .isEqualTo(java.time.LocalDate.of(2026, 11, 30));

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton second = ways(robot).get(1);
        assertThat(second.isSelected()).as("Down, Space: the second way picked").isTrue();
        assertThat(controller.viewModel().deliveryChoiceProperty().get().description()).isNotNull();

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIn(robot, "notesField")).as("Tab from the ways: the notes, " + focused(robot)).isTrue();

        KeyPresses.alt(robot, KeyCode.R); // somewhere else on the form
        waitUntil(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        KeyPresses.alt(robot, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(robot)).as("Alt+W: the way picked").isSameAs(second);
        assertThat(second.isSelected()).as("still the way picked").isTrue();

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIn(robot, "requestedDatePicker")).as("Shift+Tab from the ways: the date, " + focused(robot)).isTrue();
    }
}
