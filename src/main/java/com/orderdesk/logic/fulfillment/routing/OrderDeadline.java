package com.orderdesk.logic.fulfillment.routing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The time an order's proof may take, for the searches deep inside the optimiser: set per thread
 * when an order starts (so no constructor down the search needs it), read every 1,024 visits
 * (a clock read per visit would cost more than many visits). Counted in the routing thread's CPU
 * time where the JVM measures it, so that a machine shared with other work gives the same plans
 * as an idle one (wall-clock time otherwise). When the search's share has passed, the search
 * stops as if its visit budget were spent; the rest of the budget tightens the certified bound.
 */
final class OrderDeadline {
    /** The search's share of the budget; the rest goes to certifying the gap of an unproven plan. */
    static final double SEARCH_SHARE = 0.8;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();
    /** Per thread: {search end, certify end}, in the clock's nanoseconds (Long.MAX_VALUE: none). */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE});

    private OrderDeadline() {
    }

    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** From now on, the current thread's order may take {@code nanos} more (Long.MAX_VALUE: no limit). */
    static void start(long nanos) {
        start(nanos, SEARCH_SHARE);
    }

    /** As {@link #start(long)}, the search getting {@code searchShare} of the time. */
    static void start(long nanos, double searchShare) {
        long[] d = DEADLINE.get();
        if (nanos == Long.MAX_VALUE) {
            d[0] = Long.MAX_VALUE;
            d[1] = Long.MAX_VALUE;
        } else {
            long t = now();
            d[0] = t + (long) (nanos * searchShare);
            d[1] = t + nanos;
        }
    }

    /**
     * From now on the search may run until the whole budget has passed (the order's last stage
     * is itself a search, {@link LagrangianBranchAndBound}, whose bound is the certificate).
     */
    static void searchToTheEnd() {
        long[] d = DEADLINE.get();
        d[0] = d[1];
    }

    /** The search's time ends at the latest {@code nanos} from now (never past the whole budget). */
    static void searchAtMost(long nanos) {
        long[] d = DEADLINE.get();
        if (d[0] != Long.MAX_VALUE) {
            d[0] = Math.min(d[0], now() + nanos);
        }
    }

    static void clear() {
        start(Long.MAX_VALUE);
    }

    /** Whether the search's time has passed; checked only every 1,024 of the caller's {@code visits}. */
    static boolean passed(long visits) {
        if ((visits & 1023) != 0) {
            return false;
        }
        long d = DEADLINE.get()[0];
        return d != Long.MAX_VALUE && now() > d;
    }

    /** Whether the search's share has passed (one clock read: for loops whose steps are long). */
    static boolean searchPassed() {
        long d = DEADLINE.get()[0];
        return d != Long.MAX_VALUE && now() > d;
    }

    /** Whether the whole budget, certification included, has passed. */
    static boolean certifyPassed() {
        long d = DEADLINE.get()[1];
        return d != Long.MAX_VALUE && now() > d;
    }
}
