package com.orderdesk.logic.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.store.StoreException;
import java.util.List;

/**
 * The fulfillment desk's port: the queue, one order's routing picture, routing and overriding,
 * release to the warehouse and pack-and-ship. Implemented in persistence; every write is one
 * transaction that re-reads stock, so no unit is ever promised twice.
 */
public interface FulfillmentDesk {
    List<QueueRow> queue();

    OrderRoutingView load(long orderId);

    /** Routes a RELEASED order: shipments planned, stock reserved, order ALLOCATED, remainder backordered. */
    RoutingOutcome route(long orderId, String user);

    /** Routes one order for a batch run: a refusal comes back as an outcome with no shipments and the reason. */
    default RoutingOutcome routeOrReport(long orderId, String user) {
        try {
            return route(orderId, user);
        } catch (StoreException e) {
            return new RoutingOutcome(String.valueOf(orderId), List.of(), 0, 0, e.getMessage());
        }
    }

    /** Ids of the RELEASED orders (waiting to be routed), in order-number order. */
    List<Long> releasedOrderIds();

    /** Routes every RELEASED order in order-number order; returns what happened to each. */
    List<RoutingOutcome> routeAllReleased(String user);

    /**
     * Replaces the order's planned shipments by {@code plan} (its nodes and lines; costs are
     * recomputed), auditing the change with {@code reason}. Refused when a shipment has already
     * gone to the warehouse or a node no longer has the stock.
     */
    RoutingOutcome override(long orderId, OrderPlan plan, String reason, String user);

    /** Releases a planned shipment to its warehouse and returns its pick list. */
    PickListDocument releaseToWarehouse(long shipmentId, String user);

    /** Confirms pick, pack and ship; a short pick is re-routed to the next best node or backordered. */
    ShipOutcome confirmShipped(ShipConfirmation confirmation, String user);
}
