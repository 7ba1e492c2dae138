package com.orderdesk.logic.fulfillment.routing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock of a wave's time budget (batch mode's search, its local search and its bound): the
 * routing thread's CPU time where the JVM measures it, wall-clock time otherwise. On wall-clock
 * time the same wave gave plans and bounds that depended on the machine's load (two runs at load
 * 32-37 gave bounds 18 % apart: at that load the search got a fifth of a core); on CPU time a
 * busy machine takes longer but computes what an idle one does.
 */
final class WaveClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private WaveClock() {
    }

    static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
