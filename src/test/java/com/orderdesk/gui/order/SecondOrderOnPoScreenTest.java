package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.FxDialogService;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+S on an order whose PO the customer's earlier order already carries asks first, with the real
 * dialog and the keyboard only: Esc (or Enter: Go back is the default) saves nothing and keeps the
 * order as typed; answering "Save second order" saves it and the decision is audited.
 */
@ExtendWith(ApplicationExtension.class)
class SecondOrderOnPoScreenTest {
    private TestBook book;
    private OrderUseCases orders;
    private OrderEntryController controller;
    private StatusBarModel status;
    private ExecutorTaskRunner tasks;
    private com.orderdesk.model.common.Money firstTotal;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("second-order-on-po");
        book = TestBook.create(dir);
        orders = book.services().orders();
        var clerk = book.user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK);
        firstTotal = orders.save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, "4512", null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 4, null, BigDecimal.ZERO)))).totals().total();
        OrderDeskServices services = new OrderDeskServices(book.services().customers(), book.services().products(), orders,
                TestBook.TAX, TestBook.CLOCK, () -> clerk);
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        controller = new OrderEntryController(services, tasks, new FxDialogService(() -> stage), status);
        Scene scene = new Scene(Views.load(controller), 1280, 780);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.focusFirstField();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long orderCount() {
        return book.db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private static void ctrlS(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    private static DialogPane question(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void ctrlSAsksEscKeepsTheOrderTypedAndTheAnswerSavesASecondOrder(FxRobot robot) throws Exception {
        robot.write("acme").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().customerProperty().get() != null);
        alt(robot, KeyCode.P);
        robot.write(" 4512 ");
        alt(robot, KeyCode.R);
        waitUntil(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        robot.write("GLV").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused());
        robot.write("10").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().lines().size() == 1);

        ctrlS(robot);
        DialogPane pane = question(robot);
        assertThat(pane.getHeaderText()).isEqualTo("Save second order: PO 4512?");
        assertThat(pane.getContentText()).startsWith("PO 4512 was already received as SO-100001 on ")
                .contains("(" + com.orderdesk.gui.common.Formats.forDefaultLocale().money(firstTotal) + "). Save a second order on it?");
        Button goBack = pane.getButtonTypes().stream().map(b -> (Button) pane.lookupButton(b))
                .filter(b -> b.getText().equals("Go back")).findFirst().orElseThrow();
        assertThat(goBack.isDefaultButton()).as("the safe answer is the default").isTrue();

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(orderCount()).isEqualTo(1);
        assertThat(controller.viewModel().orderNumberProperty().get()).isNull();
        assertThat(robot.lookup("#poField").queryAs(TextField.class).getText().strip()).isEqualTo("4512");
        assertThat(controller.viewModel().lines()).hasSize(1);
        assertThat(status.getLastMessage()).isEqualTo("Not saved: PO 4512 was already received as SO-100001."
                + " The order is still on screen.");

        ctrlS(robot);
        DialogPane again = question(robot);
        Button saveSecond = again.getButtonTypes().stream().map(b -> (Button) again.lookupButton(b))
                .filter(b -> b.getText().equals("Save second order")).findFirst().orElseThrow();
        for (int i = 0; i < 3 && !saveSecond.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(saveSecond.isFocused()).as("Tab reaches the answer").isTrue();
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "SO-100002".equals(controller.viewModel().orderNumberProperty().get()));

        assertThat(orderCount()).isEqualTo(2);
        List<String> audited = book.db.read(s -> s.createSelectionQuery("select a.after from AuditRecord a where a.action = :a",
                String.class).setParameter("a", OrderUseCases.ORDER_SECOND_ON_PO).getResultList());
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).contains("4512", "SO-100001");
    }

}
