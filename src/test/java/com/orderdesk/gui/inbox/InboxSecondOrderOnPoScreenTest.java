package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.FxDialogService;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
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
 * The inbox's Ctrl+S on a draft whose PO was already received (the customer sent PO 7781 again) asks
 * as order entry does, with the real dialog: Esc saves nothing and the message stays to review (Alt+N
 * is still the quick way to drop it); answering "Save second order" saves it after review, audited.
 */
@ExtendWith(ApplicationExtension.class)
class InboxSecondOrderOnPoScreenTest {
    private TestBook book;
    private InboxController controller;
    private StatusBarModel status;
    private ExecutorTaskRunner tasks;
    private Parent screen;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("inbox-second-po");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        SignedInUser clerk = book.clerk();
        book.services().inbox().take(clerk, List.of(InboxMessages.touchless(), InboxMessages.samePoAgain()), BatchProgress.NONE);
        OrderDeskServices orders = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> clerk);
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        controller = new InboxController(new InboxDeskServices(book.services().inbox(), orders, () -> clerk), tasks,
                new FxDialogService(() -> stage), status, TestBook.CLOCK.getZone());
        screen = Views.load(controller);
        Scene scene = new Scene(screen, 1258, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
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

    private InboxRow row(String source) {
        return controller.rows().stream().filter(r -> r.source().equals(source)).findFirst().orElse(null);
    }

    private long orderCount() {
        return book.db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
    }

    private static DialogPane question(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void ctrlS(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlSOnAPoAlreadyReceivedAsksEscKeepsItToReviewAndTheAnswerSavesIt(FxRobot robot) throws Exception {
        waitUntil(() -> row("po-7781-again.eml") != null);
        InboxRow again = row("po-7781-again.eml");
        assertThat(again.status()).isEqualTo(InboxStatus.TO_REVIEW);
        String first = book.services().orders().load(book.clerk(), row("po-7781.eml").orderId()).number();
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = (TableView<InboxRow>) screen.lookup("#inboxTable");
        robot.interact(() -> {
            table.getSelectionModel().select(again);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> controller.reviewEntry().viewModel().lines().size() == 1);

        ctrlS(robot);
        DialogPane pane = question(robot);
        assertThat(pane.getContentText()).startsWith("PO 7781 was already received as " + first + " on ")
                .contains("Save a second order on it?");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(orderCount()).isEqualTo(1);
        assertThat(book.services().inbox().list(book.clerk()).rows().stream()
                .filter(r -> r.source().equals("po-7781-again.eml")).findFirst().orElseThrow().status())
                .isEqualTo(InboxStatus.TO_REVIEW);
        assertThat(controller.reviewEntry().viewModel().lines()).as("the draft stays as it was").hasSize(1);

        ctrlS(robot);
        DialogPane asked = question(robot);
        Button saveSecond = asked.getButtonTypes().stream().map(b -> (Button) asked.lookupButton(b))
                .filter(b -> b.getText().equals("Save second order")).findFirst().orElseThrow();
        for (int i = 0; i < 3 && !saveSecond.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(saveSecond.isFocused()).as("Tab reaches the answer").isTrue();
        robot.type(KeyCode.SPACE);
        waitUntil(() -> row("po-7781-again.eml") != null && row("po-7781-again.eml").status() == InboxStatus.SAVED_AFTER_REVIEW);

        assertThat(orderCount()).isEqualTo(2);
        List<String> audited = book.db.read(s -> s.createSelectionQuery("select a.after from AuditRecord a where a.action = :a",
                String.class).setParameter("a", OrderUseCases.ORDER_SECOND_ON_PO).getResultList());
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).contains("7781", first);
    }
}
