package com.orderdesk.application.simulation;

import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import com.orderdesk.application.stock.StockUseCases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private int refusedInBatches;
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
        // one look at the stock of everything sold, one delivery of all the receipts (the use cases' batch entries)
        Map<Long, StockView> views = parts.stock().views(parts.cast().clerk(), new java.util.TreeSet<>(sold));
        List<StockUseCases.Receipt> delivery = new ArrayList<>();
        views.forEach((productId, view) -> {
            for (NodeStockLine line : view.nodes()) {
                if (!line.nodeActive()) {
                    continue;
                }
                int goal = target.computeIfAbsent(productId + "/" + line.nodeId(), k -> Math.max(MIN_TARGET, line.onHand()));
                if (line.available() * 100 >= goal * REORDER_PERCENT) {
                    continue;
                }
                delivery.add(new StockUseCases.Receipt(productId, line.nodeId(), goal - line.available(), "SIM-PO-" + (po++),
                        "Weekly replenishment (simulated buyer)"));
            }
        });
        int refused = parts.stock().receiveAll(parts.cast().clerk(), delivery).size();
        receipts += delivery.size() - refused;
        refusedInBatches += refused;
        sold.clear();
    }

    int receipts() {
        return receipts;
    }

    int refusedInBatches() {
        return refusedInBatches;
    }
}
