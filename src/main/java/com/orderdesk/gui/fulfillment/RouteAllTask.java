package com.orderdesk.gui.fulfillment;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.gui.common.BatchTask;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes every released order, one transaction each, showing "Routing order 3 of 40" and stopping
 * before the next order when Cancel (or Esc) is pressed: orders already routed stay routed (their
 * stock is reserved), the rest stay released for the next run, and the task still ends with what
 * was done, so the screen can say how many. An order that cannot be routed is reported and skipped.
 */
final class RouteAllTask extends BatchTask<RouteAllTask.Run> {
    /** What a run did: the outcomes of the orders routed, of how many released, and whether it was stopped. */
    record Run(List<RoutingOutcome> outcomes, int released, boolean stopped) {
        /** "Routed 14 of 40 orders; cancelled". */
        String stoppedSummary() {
            return "Routed " + outcomes.size() + " of " + released + " orders; cancelled";
        }
    }

    private final FulfillmentDeskServices desk;

    RouteAllTask(FulfillmentDeskServices desk) {
        this.desk = desk;
        updateTitle("Routing the released orders\u2026");
        setStoppingText("Cancelling after the order in hand\u2026");
    }

    @Override
    protected Run call() {
        List<Long> ids = desk.releasedOrderIds();
        BatchProgress progress = progress((n, of) -> "Routing order " + n + " of " + of);
        List<RoutingOutcome> done = new ArrayList<>();
        for (long id : ids) {
            if (progress.stopRequested()) {
                break;
            }
            progress.starting(done.size() + 1, ids.size());
            done.add(desk.routeOrReport(id));
        }
        updateProgress(done.size(), Math.max(1, ids.size()));
        return new Run(done, ids.size(), done.size() < ids.size());
    }
}
