package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingOutcome;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/**
 * Routes every released order, one transaction each, reporting progress after each order and
 * stopping before the next one when cancelled: orders already routed stay routed (their stock is
 * reserved), the rest stay released for the next run. An order that cannot be routed is reported
 * and skipped.
 */
final class RouteAllTask extends Task<List<RoutingOutcome>> {
    private final FulfillmentDeskServices desk;
    private Runnable afterCancelledRunStopped = () -> { };

    RouteAllTask(FulfillmentDeskServices desk) {
        this.desk = desk;
        updateTitle("Routing the released orders\u2026");
    }

    /** Run on the FX thread once a cancelled run has really stopped (the order in hand finished). */
    void setAfterCancelledRunStopped(Runnable action) {
        this.afterCancelledRunStopped = action;
    }

    /** The order in hand is always finished: stopping inside its transaction would only roll it back. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    @Override
    protected List<RoutingOutcome> call() {
        List<Long> ids = desk.releasedOrderIds();
        List<RoutingOutcome> done = new ArrayList<>();
        updateProgress(0, Math.max(1, ids.size()));
        for (long id : ids) {
            if (isCancelled()) {
                break;
            }
            RoutingOutcome outcome = desk.routeOrReport(id);
            done.add(outcome);
            updateProgress(done.size(), ids.size());
            updateMessage("Routed " + done.size() + " of " + ids.size() + ": " + outcome.orderNumber());
        }
        if (isCancelled()) {
            javafx.application.Platform.runLater(afterCancelledRunStopped);
        }
        return done;
    }
}
