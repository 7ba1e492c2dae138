package com.orderdesk.demo;

/** How big a demo book to build. Lines per order are drawn from 1 to {@code maxLinesPerOrder}. */
public record DemoSize(int customers, int orders, int maxLinesPerOrder, long seed) {
    /** What a fresh installation gets: enough for every screen to show real work. */
    public static final DemoSize FIRST_START = new DemoSize(600, 3000, 9, 20261126L);

    public DemoSize {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1, not " + customers);
        }
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be 0 or more, not " + orders);
        }
        if (maxLinesPerOrder < 1) {
            throw new IllegalArgumentException("lines per order must be at least 1, not " + maxLinesPerOrder);
        }
    }
}
