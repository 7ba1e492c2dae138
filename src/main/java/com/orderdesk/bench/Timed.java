package com.orderdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * One timed piece of a bench's work: its result, the elapsed time and the CPU time it took, as the
 * benches print them side by side (on a shared machine elapsed time includes waiting for a core).
 * The CPU clock is the calling thread's ({@link #THREAD_CPU}) or the whole JVM's ({@link #PROCESS_CPU}).
 */
public record Timed<T>(T result, long elapsedNanos, long cpuNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread, in nanoseconds. */
    public static final LongSupplier THREAD_CPU = THREADS::getCurrentThreadCpuTime;

    /** CPU time of the whole JVM (JIT and collector included), in nanoseconds; 0 where the JVM does not say. */
    public static final LongSupplier PROCESS_CPU = Timed::processCpuNanos;

    /** The work of a timing: what it returns, or the checked exception it may throw. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code work} once, reading {@code cpuClock} before and after it. */
    public static <T, E extends Exception> Timed<T> of(LongSupplier cpuClock, Work<T, E> work) throws E {
        long cpuStart = cpuClock.getAsLong();
        long start = System.nanoTime();
        T result = work.run();
        long elapsed = System.nanoTime() - start;
        long cpu = cpuClock.getAsLong() - cpuStart;
        return new Timed<>(result, elapsed, cpu);
    }

    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
