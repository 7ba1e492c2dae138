package com.orderdesk.gui.fulfillment;

import java.util.ArrayDeque;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs steps on the FX thread one per pulse, each at the start of a pulse so that its CSS and layout are
 * done in that pulse alone: three tables filled in one go held the thread for their three first layouts.
 */
final class OnePerPulse extends AnimationTimer {
    private final ArrayDeque<Runnable> steps;

    private OnePerPulse(List<Runnable> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    /** Starts {@code steps}; the first runs at the next pulse. */
    static void run(List<Runnable> steps) {
        new OnePerPulse(steps).start();
    }

    @Override
    public void handle(long now) {
        Runnable next = steps.poll();
        if (steps.isEmpty()) {
            stop();
        }
        if (next != null) {
            next.run();
        }
    }
}
