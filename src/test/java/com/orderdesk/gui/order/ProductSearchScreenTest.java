package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11's order-entry defect and dated prices: a clerk finds a product by words in any order,
 * Enter on no match says so, and the line takes the contract price valid on the order date (not an
 * expired one, not one that starts next week).
 */
@ExtendWith(ApplicationExtension.class)
class ProductSearchScreenTest extends ScreenTestOnOneBook {
    private OrderEntryController controller;

    @BeforeAll
    static void book() throws Exception {
        var admin = book.admin();
        var prices = book.services().catalog().prices();
        // Acme's gloves: 10.99 from 2026-01-01 (the book's), 9.99 for three weeks of November (ended), 9.49 from December
        prices.add(admin, book.gloveId, new ContractPriceData("C-10001", "GLV-NIT-L", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 21), Money.of("9.99")));
        prices.add(admin, book.gloveId, new ContractPriceData("C-10001", "GLV-NIT-L", LocalDate.of(2026, 12, 1), null,
                Money.of("9.49")));
    }

    @Start
    void start(Stage stage) {
        OrderUseCases orders = book.services().orders();
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        OrderDeskServices services = new OrderDeskServices(book.services().customers(), book.services().products(), orders,
                TestBook.TAX, TestBook.CLOCK, () -> clerk);
        controller = new OrderEntryController(services, screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1366, 780);
        controller.focusFirstField();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(60, condition);
    }

    @Test
    void wordsInAnyOrderFindTheProductEnterOnNoMatchSaysSoAndTheDatedContractPrices(FxRobot robot) throws Exception {
        // a customer nobody has: Enter says so (tour of 5 December 2026: it did nothing, the clerk left guessing)
        robot.clickOn("#customerField").write("zebra").type(KeyCode.ENTER);
        waitUntil(() -> screen.status.getLastMessage() != null && screen.status.getLastMessage().startsWith("No customer"));
        assertThat(screen.status.getLastMessage())
                .isEqualTo("No customer matches \"zebra\": type part of the name, the number (e.g. C-10001) or the phone.");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("acme").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().customerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.status.getLastMessage()).as("the miss is taken back once a customer is picked").doesNotStartWith("No customer");
        // the contact one item a line: run together, a long e-mail wrapped the line inside the phone number
        waitUntil(() -> !"-".equals(robot.lookup("#contactLabel").queryAs(Label.class).getText()));
        // (the address with a hair space before its @ and dots, where it may wrap: CustomerContactWrapTest)
        assertThat(robot.lookup("#contactLabel").queryAs(Label.class).getText().replace("\u200A", ""))
                .isEqualTo("Dana Ortiz\n(312) 555-0101\norders@acme.example");
        Label info = robot.lookup("#productInfoLabel").queryAs(Label.class);

        robot.clickOn("#productField").write("nitrile purple").type(KeyCode.ENTER);
        waitUntil(() -> !info.getText().isEmpty());
        assertThat(info.getText()).isEqualTo("No active product matches \"nitrile purple\": type part of the SKU, words of"
                + " the description in any order, or the GTIN.");
        assertThat(robot.lookup("#productField").queryAs(TextField.class).getText()).as("what was typed stays")
                .isEqualTo("nitrile purple");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("large nitrile box").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused() && info.getText().startsWith("GLV"));
        assertThat(info.getText()).startsWith("GLV-NIT-L: contract price 10.99 per BX");
        robot.write("10").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().lines().size() == 1);
        assertThat(controller.viewModel().lines().get(0).quote().priceSource()).isEqualTo(PriceSource.CUSTOMER);
        assertThat(controller.viewModel().lines().get(0).getUnitPrice()).isEqualTo(Money.of("10.99"));
        var quotes = book.services().products();
        assertThat(quotes.quote(book.clerk(), book.gloveId, book.acmeId, LocalDate.of(2026, 11, 10)).unitPrice())
                .isEqualTo(Money.of("9.99"));
        assertThat(quotes.quote(book.clerk(), book.gloveId, book.acmeId, LocalDate.of(2026, 12, 1)).unitPrice())
                .isEqualTo(Money.of("9.49"));
    }
}
