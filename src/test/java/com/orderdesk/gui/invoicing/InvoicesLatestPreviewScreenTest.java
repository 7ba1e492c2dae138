package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The AR clerk selects one invoice and, before its preview came, the next: the preview shows the invoice
 * selected last. The first invoice's document is held until the second one is shown; let go, its preview
 * came back last and replaced the second one's (title and pages) under the second one's selection.
 */
@ExtendWith(ApplicationExtension.class)
class InvoicesLatestPreviewScreenTest {
    private final HeldAnswer firstDocument = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private InvoicingFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Path dir = Files.createTempDirectory("invoices-latest-preview");
        fx = new InvoicingFixture(dir);
        var service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.acmeOrder(), 2, 1), fx.ship(fx.exemptOrder(), 4)), "ar1");
        var ar2 = service.user("ar2");
        InvoicesController controller = new InvoicesController(new InvoicingDesk(new SlowInvoiceBook(service.useCases(), () -> {
            firstDocument.pass();
            return 0;
        }), com.orderdesk.logic.invoicing.print.TestRenderers::demo, TestBook.CLOCK, () -> ar2, 1), tasks, dialogs,
                new StatusBarModel());
        Scene scene = new Scene(Views.load(controller), 1258, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        fx.book.db.close();
    }

    private static String previewTitle(FxRobot robot) {
        return robot.lookup("#previewTitle").queryAs(Label.class).getText();
    }

    @Test
    void theInvoiceSelectedLastIsTheOnePreviewedWhenTheEarlierPreviewComesBackLate(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        tasks.awaitAllReturned(30);
        String first = table.getItems().get(0).number();
        String second = table.getItems().get(1).number();

        firstDocument.holdNext();
        robot.interact(() -> table.getSelectionModel().select(0));
        ScreenFixture.waitUntil(30, firstDocument::holding);
        robot.interact(() -> table.getSelectionModel().select(1));
        ScreenFixture.waitUntil(60, () -> previewTitle(robot).contains(second));

        firstDocument.letGo();
        tasks.awaitAllReturned(60);

        assertThat(previewTitle(robot)).as("the preview beside the selected invoice").contains(second).doesNotContain(first);
        assertThat(dialogs.errors).isEmpty();
    }
}
