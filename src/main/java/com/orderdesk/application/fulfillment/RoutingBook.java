package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the router needs from the book for some products, read in the unit of work that will act
 * on it: active nodes with a location, their stock of those products, the rate card and the
 * backorder penalty.
 */
public record RoutingBook(List<NodeRow> nodes, List<StockRow> stock, RateCard rateCard, double backorderPenalty) {

    /** The same book with only the stock of these products (what a fresh read for them would hold). */
    public RoutingBook ofProducts(java.util.Collection<Long> productIds) {
        java.util.Set<Long> wanted = java.util.Set.copyOf(productIds);
        return new RoutingBook(nodes, stock.stream().filter(s -> wanted.contains(s.productId())).toList(), rateCard,
                backorderPenalty);
    }

    /** Router stock levels: on hand less what others reserved ({@code givenBack} adds this order's own reservations back, by "NODE|SKU"). */
    public static List<StockLevel> levels(List<StockRow> stock, Map<String, Integer> givenBack) {
        List<StockLevel> out = new ArrayList<>();
        for (StockRow s : stock) {
            int back = givenBack.getOrDefault(s.nodeCode() + "|" + s.sku(), 0);
            out.add(new StockLevel(s.nodeCode(), s.sku(), Math.max(0, s.onHand() - s.reserved() + back), s.safetyStock()));
        }
        return out;
    }
}
