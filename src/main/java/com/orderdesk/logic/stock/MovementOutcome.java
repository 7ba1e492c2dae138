package com.orderdesk.logic.stock;

/**
 * What a stock movement did, for the status bar: the sentence, the count after it at each node
 * it touched, and a warning when the count leaves less on hand than is reserved for orders.
 */
public record MovementOutcome(String message, String warning) {
    public boolean hasWarning() {
        return warning != null && !warning.isEmpty();
    }
}
