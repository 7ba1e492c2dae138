package com.orderdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parts of a desk (a screen's controller with its services) made the first time they are asked
 * for, not at sign-in. The desk made every area's controller and services at once when the clerk
 * signed in, on the FX thread: 1.1-2.1 s idle, 10.8 s at load 25 (performance.md, "The FX thread in
 * the application"). A part is usually first asked for by its area's view factory, which the shell
 * runs off the FX thread; a part is safe to ask for from any thread.
 */
final class AreaParts {
    private final List<Part<?>> parts = new ArrayList<>();

    /** A part made by {@code make} when it is first asked for. Call while wiring the desk. */
    <T> Part<T> part(Supplier<T> make) {
        Part<T> part = new Part<>(make);
        synchronized (parts) {
            parts.add(part);
        }
        return part;
    }

    /** How many parts have been made so far (the desk's tests count them). */
    int made() {
        synchronized (parts) {
            return (int) parts.stream().filter(Part::isMade).count();
        }
    }

    /** One part: made once, by the first thread that asks. */
    static final class Part<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        private Part(Supplier<T> make) {
            this.make = Objects.requireNonNull(make, "make");
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = Objects.requireNonNull(make.get(), "a desk part was made as null");
            }
            return value;
        }

        synchronized boolean isMade() {
            return value != null;
        }

        /** Runs {@code use} on the part if it was made; a part nobody asked for has nothing to update. */
        void ifMade(Consumer<T> use) {
            T made;
            synchronized (this) {
                made = value;
            }
            if (made != null) {
                use.accept(made);
            }
        }
    }
}
