package com.orderdesk.gui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Makes one background read slow on cue: after {@link #holdNext()}, the next call of {@link #pass()} off the
 * FX thread (put it in the services' user supplier or a wrapper) waits until {@link #letGo()}; the reads
 * after it go at once. So a test can have an earlier selection's answer come back after a later one's, as
 * on a busy machine, instead of hoping for the timing. A read interrupted while held (the screen cancelled
 * its task) still waits, then fails as a JDBC driver does that notices the interrupt when its call returns.
 */
public final class HeldAnswer {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    /** The next read off the FX thread waits for {@link #letGo()}. */
    public void holdNext() {
        armed.set(true);
    }

    /** True once the held read is waiting. */
    public boolean holding() {
        return holding.getCount() == 0;
    }

    public void letGo() {
        released.countDown();
    }

    /** Where the read passes: waits here if it is the one held. */
    public void pass() {
        if (Platform.isFxApplicationThread() || !armed.compareAndSet(true, false)) {
            return;
        }
        holding.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                if (!released.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the held read was never let go");
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the screen cancelled it: the read goes on, as a database call does
            }
        }
        if (interrupted) {
            throw new IllegalStateException("The read was interrupted.");
        }
    }
}
