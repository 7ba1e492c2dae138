package com.orderdesk.demo;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo book's progress from 0 to 1 over steps of known weight, so a first start's bar moves
 * with the work instead of reaching 100% when the bulk rows are written and then standing still
 * while the shipments, cash and cases that follow take most of the time. Each step's wall-clock
 * time goes to the log, where the weights below were measured from.
 */
public final class DemoSteps {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSteps.class);

    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final double total;
    private double done;
    private long startedAt = System.nanoTime();
    private final long firstStart = startedAt;

    /**
     * @param cancelled asked after each step: true stops the book there ({@link DemoDataGenerator.Cancelled})
     * @param weights   each step's share of the work (any positive numbers; their sum is the whole)
     */
    public DemoSteps(DoubleConsumer progress, BooleanSupplier cancelled, double... weights) {
        this.progress = progress;
        this.cancelled = cancelled;
        double sum = 0;
        for (double w : weights) {
            if (!(w > 0)) {
                throw new IllegalArgumentException("A step's weight must be positive, not " + w);
            }
            sum += w;
        }
        this.total = sum;
    }

    /** Progress inside a step of this weight: 0 to 1 of the step becomes its part of the whole. */
    public DoubleConsumer within(double weight) {
        double from = done;
        return p -> progress.accept(Math.min(1.0, (from + weight * Math.max(0, Math.min(1, p))) / total));
    }

    /**
     * Marks a step of this weight as done: its part of the bar is filled and its time logged. A
     * cancel asked for meanwhile stops the book here.
     */
    public void finished(String step, double weight) {
        done += weight;
        progress.accept(Math.min(1.0, done / total));
        long now = System.nanoTime();
        LOG.info("Demo book: {} in {} ms", step, (now - startedAt) / 1_000_000);
        startedAt = now;
        if (cancelled.getAsBoolean()) {
            throw new DemoDataGenerator.Cancelled();
        }
    }

    /** Wall-clock milliseconds since these steps began. */
    public long elapsedMillis() {
        return (System.nanoTime() - firstStart) / 1_000_000;
    }
}
