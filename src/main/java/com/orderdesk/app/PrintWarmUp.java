package com.orderdesk.app;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies printing once per run, after the first sign-in, so that a clerk's first invoice preview
 * does not wait for what every first fill, page image and PDF export loads (fonts, a few thousand
 * classes; the templates themselves come precompiled from the build). It runs on its own daemon
 * thread at the lowest priority, a moment after the desk shows, so it does not compete with the
 * desk's own first loads; a preview asked for meanwhile simply shares what is already loaded.
 * Command-line runs never start it (only the window signs in through {@link OrderDeskApp}).
 */
final class PrintWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(PrintWarmUp.class);
    /** After the desk shows: its home area's first queries go first. */
    static final long DELAY_MILLIS = 1500;

    /** Before printing, soon after the desk shows: order entry's product search (the clerk's first typing). */
    static final long SEARCH_DELAY_MILLIS = 300;

    private final Runnable first;
    private final long firstDelayMillis;
    private final Runnable work;
    private final long delayMillis;
    private final AtomicReference<Thread> thread = new AtomicReference<>();

    PrintWarmUp(Runnable work, long delayMillis) {
        this(() -> { }, 0, work, delayMillis);
    }

    /** {@code first} after {@code firstDelayMillis}, then {@code work} {@code delayMillis} after the start. */
    PrintWarmUp(Runnable first, long firstDelayMillis, Runnable work, long delayMillis) {
        this.first = first;
        this.firstDelayMillis = firstDelayMillis;
        this.work = work;
        this.delayMillis = delayMillis;
    }

    /** The warm-up of {@code user}'s product search, then of {@code services}' renderer. */
    static PrintWarmUp of(AppServices services, com.orderdesk.logic.security.SignedInUser user) {
        return new PrintWarmUp(() -> {
            if (user.has(com.orderdesk.logic.security.Permission.VIEW_ORDERS)) { // no one else searches products
                services.products().warmUp(user);
            }
        }, SEARCH_DELAY_MILLIS, services::warmUpPrinting,
                DELAY_MILLIS);
    }

    /** Starts the warm-up on its own thread the first time; later calls (a user switch) return the same thread. */
    Thread startOnce() {
        Thread t = new Thread(this::run, "print-warm-up");
        t.setDaemon(true); // never keeps a closing window's JVM alive
        t.setPriority(Thread.MIN_PRIORITY);
        if (thread.compareAndSet(null, t)) {
            t.start();
            return t;
        }
        return thread.get();
    }

    private void warmFirst() {
        long start = System.nanoTime();
        try {
            first.run();
            LOG.info("Product search readied in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // the first real search then does this work itself
            LOG.warn("Could not ready the product search in the background", e);
        }
    }

    private void run() {
        try {
            long began = System.nanoTime();
            Thread.sleep(firstDelayMillis);
            warmFirst();
            Thread.sleep(Math.max(0, delayMillis - (System.nanoTime() - began) / 1_000_000));
            long start = System.nanoTime();
            work.run();
            LOG.info("Printing readied in {} ms (templates, fonts, PDF export)", (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the first real print then does this work and reports what is wrong in its own words
            LOG.warn("Could not ready printing in the background", e);
        }
    }
}
