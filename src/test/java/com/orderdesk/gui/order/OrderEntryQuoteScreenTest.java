package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Prices follow the order's customer. Acme has a contract price for the gloves (10.99); the schools pay
 * the list price (12.49). A quote asked for Acme and held until the clerk has changed the customer to the
 * schools came back and put Acme's price on the schools' line; and the lines typed for Acme kept Acme's
 * prices on screen after the change (the save then priced them for the schools: the screen and the saved
 * order disagreed).
 */
class OrderEntryQuoteScreenTest extends ScreenTestOnOneBook {
    private static final Money ACME_GLOVES = Money.of("10.99");
    private static final Money LIST_GLOVES = Money.of("12.49");
    private final HeldAnswer quote = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private OrderEntryController controller;
    private Runnable onceCustomerIsSet;

    @Start
    void start(Stage stage) {
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        OrderDeskServices services = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> {
                    if (Thread.currentThread().getName().startsWith("counted-task")) {
                        quote.pass(); // the screen's reads; the look-ups as one types run on a thread of their own
                    }
                    return clerk;
                });
        controller = new OrderEntryController(services, tasks, screen.dialogs, screen.status);
        controller.viewModel().customerProperty().addListener((o, was, now) -> {
            if (onceCustomerIsSet != null) {
                onceCustomerIsSet.run();
                onceCustomerIsSet = null;
            }
        });
        screen.show(stage, controller, 1258, 700);
        controller.focusFirstField();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private void chooseCustomer(FxRobot robot, String typed, long id) throws Exception {
        robot.clickOn("#customerField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(typed).type(KeyCode.ENTER);
        screen.await(30, () -> controller.viewModel().customerProperty().get() != null
                && controller.viewModel().customerProperty().get().id() == id);
    }

    private void chooseProduct(FxRobot robot, String typed) throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        screen.await(30, () -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        robot.write(typed).type(KeyCode.ENTER);
        screen.await(30, () -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused());
    }

    private void addLine(FxRobot robot, String product, String price) throws Exception {
        int before = controller.viewModel().lines().size();
        chooseProduct(robot, product);
        robot.write("2");
        if (price != null) {
            robot.type(KeyCode.TAB).write(price);
        }
        robot.type(KeyCode.ENTER);
        screen.await(30, () -> controller.viewModel().lines().size() == before + 1);
    }

    private Money price(int line) {
        return controller.viewModel().lines().get(line).getUnitPrice();
    }

    @Test
    void aQuoteAskedForTheCustomerBeforeComesBackLateAndTheLineTakesTheNewCustomersPrice(FxRobot robot) throws Exception {
        chooseCustomer(robot, "acme", book.acmeId);
        tasks.awaitAllReturned(30);

        quote.holdNext();
        chooseProduct(robot, "GLV-NIT");
        ScreenFixture.waitUntil(30, quote::holding);
        chooseCustomer(robot, "portland", book.exemptId);
        quote.letGo();
        tasks.awaitAllReturned(30);

        robot.clickOn("#quantityField").type(KeyCode.ENTER);
        screen.await(30, () -> controller.viewModel().lines().size() == 1, () -> "status " + screen.lastMessage());
        assertThat(price(0)).as("the schools' price of the gloves").isEqualTo(LIST_GLOVES);
        assertThat(controller.viewModel().lines().get(0).isPriceOverridden()).isFalse();
    }

    @Test
    void theLinesArePricedAgainForTheNewCustomerAndATypedPriceStays(FxRobot robot) throws Exception {
        chooseCustomer(robot, "acme", book.acmeId);
        addLine(robot, "GLV-NIT", null);
        addLine(robot, "TWL-ROLL", "40.00");
        assertThat(price(0)).isEqualTo(ACME_GLOVES);

        chooseCustomer(robot, "portland", book.exemptId);
        screen.await(30, () -> LIST_GLOVES.equals(price(0)), () -> "gloves at " + price(0));
        tasks.awaitAllReturned(30);
        assertThat(price(0)).as("the schools' price of the gloves").isEqualTo(LIST_GLOVES);
        assertThat(price(1)).as("the towels' typed price").isEqualTo(Money.of("40.00"));
        assertThat(controller.viewModel().totalsProperty().get().subtotal()).isEqualTo(Money.of("104.98"));
    }

    @Test
    void theLinesKeepThePricesOfTheCustomerChosenLastWhenAnEarlierOnesComeBackLate(FxRobot robot) throws Exception {
        chooseCustomer(robot, "acme", book.acmeId);
        addLine(robot, "GLV-NIT", null);
        tasks.awaitAllReturned(30);

        // the schools' prices are asked for as soon as the schools are the order's customer: hold that read
        onceCustomerIsSet = quote::holdNext;
        chooseCustomer(robot, "portland", book.exemptId);
        ScreenFixture.waitUntil(30, quote::holding);
        chooseCustomer(robot, "acme", book.acmeId);
        screen.await(30, () -> ACME_GLOVES.equals(price(0)), () -> "gloves at " + price(0));
        quote.letGo();
        tasks.awaitAllReturned(30);

        assertThat(price(0)).as("Acme's price of the gloves").isEqualTo(ACME_GLOVES);
    }
}
