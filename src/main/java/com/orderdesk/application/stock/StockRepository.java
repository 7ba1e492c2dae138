package com.orderdesk.application.stock;

import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.stock.StockMovement;
import java.util.List;
import java.util.Optional;

/**
 * Stock on hand and its movements, in the open unit of work (a port: persistence implements it).
 * Changes are conditional updates of the inventory row, as the router's reservations are, so what
 * a movement writes is at once what the router and order entry read in the same transaction.
 */
public interface StockRepository {
    Optional<Product> product(long productId);

    Optional<FulfillmentNode> node(long nodeId);

    /** Every node, warehouses first, by code. */
    List<FulfillmentNode> nodes();

    /** The product's stock at the node, if the node holds (or held) it. */
    Optional<NodeStockLine> level(long productId, long nodeId);

    /**
     * Changes on hand by {@code delta} (a row is made for a node that never held the product) and
     * returns on hand after; never below zero (the caller has checked).
     */
    int changeOnHand(long productId, long nodeId, int delta);

    void add(StockMovement movement);

    StockView view(long productId);

    /** The newest {@code limit} movements and shipments of the product, at one node or all (null). */
    List<MovementRow> history(long productId, Long nodeId, int limit);

    void flush();

    /** Writes what is pending and empties the session, so a long batch does not dirty-check all it touched. */
    void flushAndClear();
}
