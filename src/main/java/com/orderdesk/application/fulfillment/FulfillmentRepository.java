package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.order.SalesOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Orders, shipments and stock as fulfillment reads and changes them, in the open unit of work (a
 * port: persistence implements it). Stock changes are conditional updates, so two desks can never
 * both take the last units.
 */
public interface FulfillmentRepository {
    Optional<SalesOrder> order(long orderId);

    /**
     * The orders named, with their lines and the lines' products, in one read (ids not found are left
     * out): a batch of orders routed one after the other in one unit, where {@link #order} then finds
     * each of them already loaded instead of reading it, its lines and its products on its own.
     */
    List<SalesOrder> ordersWithLines(Collection<Long> orderIds);

    /** The order's shipments in id order, cancelled ones included. */
    List<Shipment> shipments(long orderId);

    /**
     * As {@link #shipments(long)}, as of the unit's last flush: for a caller that has just flushed
     * (reading without a flush spares dirty-checking the whole unit again).
     */
    List<Shipment> shipmentsAsFlushed(long orderId);

    Optional<Shipment> shipment(long shipmentId);

    /** The shipments named (with their lines and orders) in one read, by id; ids not found are left out. */
    java.util.Map<Long, Shipment> shipmentsById(Collection<Long> shipmentIds);

    /**
     * Active nodes with a location and open-shipment counts, their stock of these products, the rate card and penalty,
     * as the open unit of work will leave them: what it changed and has not yet stored is stored first.
     */
    RoutingBook routingBook(Collection<Long> productIds);

    String nextShipmentNumber();

    FulfillmentNode nodeReference(long nodeId);

    Product productReference(long productId);

    void add(Shipment shipment);

    /** Deletes a shipment that never went to a warehouse, with its lines (its reservation given back first). */
    void remove(Shipment shipment);

    /** Takes {@code qty} more units into reservation only if still available; false when another desk took them. */
    boolean reserve(long nodeId, long productId, int qty);

    /** Gives a reservation back (a cancelled or re-planned shipment). */
    void unreserve(long nodeId, long productId, int qty);

    /** Goods left the node: on hand and reservation drop by what was planned (a short pick corrects the count). */
    void ship(long nodeId, long productId, int planned);

    void addBackorder(long orderId, long orderLineId, long productId, int qty, String cause, Instant at);

    /** Closes the order's open backorders (it is being routed afresh, remainder included). */
    void closeBackorders(long orderId);

    /** Removes the order's backorders, open or not (its lines are being replaced or it is cancelled). */
    void deleteBackorders(long orderId);

    /** Open backordered quantities of the order, per sku. */
    List<OrderLine> openBackorders(long orderId);

    /** Released and allocated orders with their routing state, by order number. */
    Listing<QueueRow> queue();

    List<Long> releasedOrderIds();

    void flush();

    /** Writes what is pending and empties the session, so a long batch does not dirty-check all it touched. */
    void flushAndClear();

    /** Where a customer's ship-to is on the map (order entry's delivery quote); empty without a location. */
    Optional<com.orderdesk.model.common.GeoPoint> shipToPoint(long shipToId);
}
