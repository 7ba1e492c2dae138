package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
 * tour5 (arthur, demo book): after Alt+N and Enter issued the invoices, the focus was on Print, the issue
 * button having been disabled under it; it belongs on the list, on the invoice just issued.
 */
@ExtendWith(ApplicationExtension.class)
class InvoiceIssueFocusScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InvoicingFixture fx;
    private InvoicesController controller;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        fx = new InvoicingFixture(Files.createTempDirectory("invoice-issue-focus-test"));
        fx.service().issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.exemptOrder(), 4)), "ar1");
        fx.ship(fx.acmeOrder(), 2, 1); // the one waiting for its invoice
        var ar = fx.service().user("ar2");
        controller = new InvoicesController(new InvoicingDesk(fx.service().useCases(),
                com.orderdesk.logic.invoicing.print.TestRenderers::demo, TestBook.CLOCK, () -> ar, 1),
                screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void closeBook() {
        fx.book.db.close();
    }

    @Test
    void theInvoiceJustIssuedIsSelectedInTheListWhichHasTheFocus(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        Button issue = robot.lookup("#issueButton").queryButton();
        screen.await(30, () -> table.getItems().size() == 2 && issue.getText().contains("(1)"));
        robot.interact(issue::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        screen.await(20, () -> robot.lookup("#issueSelected").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);

        screen.await(30, () -> screen.lastMessage() != null && screen.lastMessage().startsWith("Issued 1 invoice: ")
                && table.getItems().size() == 3);
        String issued = screen.lastMessage().substring("Issued 1 invoice: ".length());
        screen.await(10, issue::isDisabled);
        assertThat(controller.selectedNumbers()).as("selected after issuing").containsExactly(issued);
        assertThat(screen.settledFocus()).as("focus after issuing").isSameAs(table);
        assertThat(table.getFocusModel().getFocusedIndex()).as("the row in focus")
                .isEqualTo(table.getSelectionModel().getSelectedIndex());
    }
}
