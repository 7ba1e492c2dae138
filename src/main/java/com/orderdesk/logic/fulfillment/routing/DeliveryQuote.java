package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * What order entry tells a caller before saving: the earliest date the order can arrive (every
 * unit the network can ship at all, by each node's fastest service) with the cheapest plan that
 * achieves it, and, for the requested date, the cheapest ways to meet it: the best plan of each
 * of the cheapest node sets, every shipment with its service and dates (for example ground from
 * two DCs, or overnight from one). Every way ships as much as the optimal plan for the date;
 * units a way backorders could not arrive in time (or cost more to send than to backorder).
 *
 * @param earliestArrival null when nothing can ship at all
 * @param fastest         the cheapest plan arriving by {@code earliestArrival} (null with it)
 * @param waysToMeet      cheapest first; the first is the order's optimal plan for the requested date
 * @param waysComplete    whether the list is proven to be the cheapest node sets' plans
 */
public record DeliveryQuote(String orderId, LocalDate earliestArrival, OrderPlan fastest, LocalDate requested,
                            List<OrderPlan> waysToMeet, boolean waysComplete) {
    public DeliveryQuote {
        waysToMeet = List.copyOf(waysToMeet);
    }
}
