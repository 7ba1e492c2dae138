package com.orderdesk.gui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.animation.AnimationTimer;

/**
 * Runs steps on the FX thread one per pulse, each at the start of a pulse so that its CSS and layout are
 * done in that pulse alone: the routing settings' three tables filled in one go held the thread for their
 * three first layouts, the dashboard's eight charts built in one go for theirs. {@link #stop()} drops the
 * steps not run yet (a newer answer replaces what they would have shown).
 */
public final class OnePerPulse extends AnimationTimer {
    private final ArrayDeque<Runnable> steps;

    private OnePerPulse(List<Runnable> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    /** Starts {@code steps} (call on the FX thread); the first runs at the next pulse. */
    public static OnePerPulse run(List<Runnable> steps) {
        OnePerPulse pulses = new OnePerPulse(steps);
        pulses.start();
        return pulses;
    }

    /**
     * The steps that fill {@code items} with {@code rows} a slice per pulse, each slice as many rows as make
     * about {@code cellsPerPulse} cells of {@code columns} columns (one row at least): the first replaces
     * what was there, the others add to it. A table makes the cells of the rows it is given in the pulse
     * that lays it out, so its first fill in one go held the FX thread as long as all its cells took.
     */
    public static <T> List<Runnable> fill(ObservableList<T> items, List<T> rows, int columns, int cellsPerPulse) {
        int slice = Math.max(1, cellsPerPulse / Math.max(1, columns));
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> items.setAll(rows.subList(0, Math.min(slice, rows.size()))));
        for (int from = slice; from < rows.size(); from += slice) {
            List<T> next = rows.subList(from, Math.min(from + slice, rows.size()));
            steps.add(() -> items.addAll(next));
        }
        return steps;
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
