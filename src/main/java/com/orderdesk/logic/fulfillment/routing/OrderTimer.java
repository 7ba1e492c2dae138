package com.orderdesk.logic.fulfillment.routing;

/** Receives how long each order took to route (benchmarks); called from the routing threads. */
@FunctionalInterface
public interface OrderTimer {
    void record(int orderIndex, long nanos);
}
