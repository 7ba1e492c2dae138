package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingAsUsers;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issuing many invoices at once (arthur's 281 took about 10 s behind a bar with no count and no
 * Cancel): the bar counts "Issuing invoice 3 of 20", and Esc stops the run after the invoice in
 * hand; the invoices issued stay issued and are listed, the status bar says how many, the other
 * shipments still wait. Each invoice here takes 150 ms more, to leave time to cancel.
 */
@ExtendWith(ApplicationExtension.class)
class InvoiceIssueCancelScreenTest {
    private static final int SHIPMENTS = 20;
    private static final Pattern ISSUING = Pattern.compile("Issuing invoice (\\d+) of " + SHIPMENTS);
    private static final Pattern CANCELLED = Pattern.compile("Issued (\\d+) of " + SHIPMENTS + "; cancelled");

    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InvoicingFixture fx;
    private InvoicingAsUsers service;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Truncation.applicationLook();
        fx = new InvoicingFixture(Files.createTempDirectory("invoice-issue-cancel-test"));
        for (int i = 0; i < SHIPMENTS; i++) {
            fx.ship(fx.acmeOrder(), 10, 3);
        }
        service = fx.service(number -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the run was interrupted inside an invoice's transaction", e);
            }
        });
        var ar = service.user("ar2");
        InvoicesController controller = new InvoicesController(new InvoicingDesk(service.useCases(),
                com.orderdesk.logic.invoicing.print.TestRenderers::demo, TestBook.CLOCK, () -> ar, 1),
                screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void closeBook() {
        fx.book.db.close();
    }

    @Test
    void escStopsTheRunAfterTheInvoiceInHandAndTheMessageSaysHowManyWereIssued(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        Button issue = robot.lookup("#issueButton").queryButton();
        screen.await(60, () -> issue.getText().contains("(" + SHIPMENTS + ")"));
        robot.interact(issue::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        screen.await(20, () -> robot.lookup("#issueSelected").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);

        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        screen.await(60, () -> issuingAtLeast(message.getText(), 3), () -> "bar '" + message.getText() + "'");
        ProgressBar bar = robot.lookup("#taskProgress").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).as("a determinate bar, part way").isGreaterThan(0).isLessThan(1);
        assertThat(robot.lookup("#taskCancel").queryButton().isVisible()).as("Cancel offered").isTrue();
        robot.type(KeyCode.ESCAPE);

        screen.await(60, () -> CANCELLED.matcher(screen.lastMessage()).matches(), () -> "bar '" + message.getText() + "'");
        Matcher m = CANCELLED.matcher(screen.lastMessage());
        assertThat(m.matches()).isTrue();
        int issued = Integer.parseInt(m.group(1));
        assertThat(issued).as("some issued, not all").isBetween(3, SHIPMENTS - 1);
        assertThat(service.shipmentsToInvoice()).as("the others still wait").hasSize(SHIPMENTS - issued);
        screen.await(30, () -> table.getItems().size() == issued && issue.getText().contains("(" + (SHIPMENTS - issued) + ")"),
                () -> "listed " + table.getItems().size() + ", " + issue.getText());
        assertThat(screen.dialogs.errors).as("no invoice failed (none interrupted)").isEmpty();
        assertThat(message.getText()).as("what the bar said after Esc").isEqualTo("Cancelling after the invoice in hand\u2026");
        assertThat(robot.lookup("#progress").queryAs(TaskProgressBar.class).isVisible()).as("the bar gone").isFalse();
    }

    private static boolean issuingAtLeast(String text, int number) {
        Matcher m = ISSUING.matcher(text == null ? "" : text);
        return m.matches() && Integer.parseInt(m.group(1)) >= number;
    }
}
