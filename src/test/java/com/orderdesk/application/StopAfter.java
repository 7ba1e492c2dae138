package com.orderdesk.application;

import java.util.ArrayList;
import java.util.List;

/**
 * A caller's progress that asks the run to stop once it was told of {@code k} items, as a person
 * pressing Cancel while item {@code k} is in hand; it keeps what it was told ("2 of 7: C-10002").
 */
public final class StopAfter implements BatchProgress {
    private final int k;
    private final List<String> told = new ArrayList<>();

    public StopAfter(int k) {
        this.k = k;
    }

    @Override
    public synchronized void starting(int number, int of, String item) {
        told.add(number + " of " + of + ": " + item);
    }

    @Override
    public synchronized boolean stopRequested() {
        return told.size() >= k;
    }

    public synchronized List<String> told() {
        return List.copyOf(told);
    }
}
