package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import com.orderdesk.reporting.DocumentRenderer;
import javafx.stage.Stage;

/**
 * The invoices screen over a {@link ClaimsFixture} book as its AR clerk sees it, in the 1258 x 700
 * the screen has inside the window at 1366 x 768, with the fixture's dialogs, status bar and tasks;
 * its list is loading when this returns.
 */
final class ArInvoicesScreen {
    private static final DocumentRenderer RENDERER = com.orderdesk.logic.invoicing.print.TestRenderers.demo();

    private ArInvoicesScreen() {
    }

    /** In the test's {@code @Start}. */
    static InvoicesController show(ScreenFixture screen, Stage stage, ClaimsFixture f) {
        InvoicesController controller = new InvoicesController(new InvoicingDesk(f.services.invoicing(), () -> RENDERER,
                TestBook.CLOCK, f::ar, 1), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
        return controller;
    }
}
