package com.orderdesk.application.simulation;

import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The buyer: every Monday each node's stock of each product is brought back up to what it held
 * when the run began, once what is free to promise has fallen below {@value #REORDER_PERCENT} % of
 * that, through the stock use case's receipts. Without it a quarter of orders would empty the demo
 * shelves and the later weeks would measure backorders, not the desk.
 */
final class Purchasing {
    static final int REORDER_PERCENT = 50;
    private static final int MIN_TARGET = 60;

    private final SimulationParts parts;
    private final SimulatedBusiness business;
    private final Map<String, Integer> target = new HashMap<>();
    private int receipts;
    private int po = 1;

    Purchasing(SimulationParts parts, SimulatedBusiness business) {
        this.parts = parts;
        this.business = business;
    }

    /** Notes each node's starting stock (the day before the first). */
    void start() {
        for (ProductRow p : business.products) {
            for (NodeStockLine line : parts.stock().view(parts.cast().clerk(), p.id()).nodes()) {
                if (line.nodeActive()) {
                    target.put(p.id() + "/" + line.nodeId(), Math.max(MIN_TARGET, line.onHand()));
                }
            }
        }
    }

    void restock(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return;
        }
        for (ProductRow p : business.products) {
            StockView view = parts.stock().view(parts.cast().clerk(), p.id());
            for (NodeStockLine line : view.nodes()) {
                Integer goal = target.get(p.id() + "/" + line.nodeId());
                if (goal == null || !line.nodeActive() || line.available() * 100 >= goal * REORDER_PERCENT) {
                    continue;
                }
                int qty = goal - line.available();
                parts.stock().receive(parts.cast().clerk(), p.id(), line.nodeId(), qty, "SIM-PO-" + (po++),
                        "Weekly replenishment (simulated buyer)");
                receipts++;
            }
        }
    }

    int receipts() {
        return receipts;
    }
}
