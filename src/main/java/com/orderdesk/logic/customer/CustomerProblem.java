package com.orderdesk.logic.customer;

/**
 * One thing wrong with a customer as typed, as a sentence. {@code field} names the input
 * ("name", "billTo.zip", "shipTos.city"); {@code index} is the 1-based row of a list field (the
 * second ship-to is 2) or 0 for a single field, so a screen puts the message next to the field and
 * an import names the line and column.
 */
public record CustomerProblem(String field, int index, String message) {
    @Override
    public String toString() {
        return message;
    }
}
