package com.orderdesk.logic.fulfillment.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How one order is fulfilled: its shipments (nearest first) and what is backordered.
 * {@code optimal} is true only when the search proved no cheaper plan exists (in batch mode:
 * given the stock and capacity the other orders' plans leave). {@code lowerBound} is a proven
 * lower bound of the order's minimum cost (the cost itself when optimal; 0 when none is known).
 */
public record OrderPlan(String orderId, double cost, boolean optimal, List<Shipment> shipments,
                        List<OrderLine> backordered, CostBreakdown breakdown, double lowerBound) {
    public OrderPlan {
        shipments = List.copyOf(shipments);
        backordered = List.copyOf(backordered);
    }

    /** A plan with no bound known beyond its own cost when optimal. */
    public OrderPlan(String orderId, double cost, boolean optimal, List<Shipment> shipments,
                     List<OrderLine> backordered, CostBreakdown breakdown) {
        this(orderId, cost, optimal, shipments, backordered, breakdown, optimal ? cost : 0);
    }

    /**
     * The plan's cost as the desk shows and stores it: each shipment's cost rounded half-up to the cent (as a
     * shipment is stored), plus the backorder penalty rounded alike, so the total is the sum a person adds up
     * from the plan's shipments. The exact cost rounded once was a cent off that sum (tour14).
     */
    public BigDecimal amount() {
        BigDecimal sum = BigDecimal.valueOf(breakdown == null ? 0 : breakdown.backorder()).setScale(2, RoundingMode.HALF_UP);
        for (Shipment s : shipments) {
            sum = sum.add(s.amount());
        }
        return sum;
    }

    public int backorderedUnits() {
        return backordered.stream().mapToInt(OrderLine::qty).sum();
    }

    public List<String> nodeIds() {
        return shipments.stream().map(Shipment::node).sorted().toList();
    }

    /** The latest delivery date of its shipments: what the customer is promised (null: no dates, or nothing ships). */
    public LocalDate promisedDate() {
        return shipments.stream().map(Shipment::deliveryDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The certified relative gap (cost - bound) / cost of a plan not proven optimal, or null when
     * optimal or when no positive bound is known.
     */
    public Double gap() {
        if (optimal || lowerBound <= 0 || cost <= 0) {
            return null;
        }
        return Math.max(0, (cost - lowerBound) / cost);
    }
}
