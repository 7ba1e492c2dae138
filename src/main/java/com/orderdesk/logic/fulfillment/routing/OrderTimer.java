package com.orderdesk.logic.fulfillment.routing;

/**
 * Receives how long each order took to route (benchmarks): wall-clock time, and the routing
 * thread's CPU time (-1 when the JVM cannot measure it), which a busy machine distorts less.
 * Called from the routing threads.
 */
@FunctionalInterface
public interface OrderTimer {
    void record(int orderIndex, long wallNanos, long cpuNanos);
}
