package com.orderdesk.application.simulation;

import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The buyer: every Monday each node's stock of each product sold since the last Monday is brought
 * back up to what it held when the buyer first looked at it, once what is free to promise has
 * fallen below {@value #REORDER_PERCENT} % of that, through the stock use case's receipts. Without
 * it a quarter of orders would empty the demo shelves and the later weeks would measure
 * backorders, not the desk. Only products sold are looked at: the catalogue has thousands.
 */
final class Purchasing {
    static final int REORDER_PERCENT = 50;
    private static final int MIN_TARGET = 60;

    private final SimulationParts parts;
    private final Map<String, Integer> target = new HashMap<>();
    private final java.util.Set<Long> sold = new java.util.HashSet<>();
    private int receipts;
    private int po = 1;

    Purchasing(SimulationParts parts) {
        this.parts = parts;
    }

    /** An order line took {@code productId}: it is looked at on Monday. */
    void sold(long productId) {
        sold.add(productId);
    }

    void restock(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return;
        }
        for (long productId : new java.util.TreeSet<>(sold)) {
            StockView view = parts.stock().view(parts.cast().clerk(), productId);
            for (NodeStockLine line : view.nodes()) {
                if (!line.nodeActive()) {
                    continue;
                }
                int goal = target.computeIfAbsent(productId + "/" + line.nodeId(), k -> Math.max(MIN_TARGET, line.onHand()));
                if (line.available() * 100 >= goal * REORDER_PERCENT) {
                    continue;
                }
                int qty = goal - line.available();
                parts.stock().receive(parts.cast().clerk(), productId, line.nodeId(), qty, "SIM-PO-" + (po++),
                        "Weekly replenishment (simulated buyer)");
                receipts++;
            }
        }
        sold.clear();
    }

    int receipts() {
        return receipts;
    }
}
