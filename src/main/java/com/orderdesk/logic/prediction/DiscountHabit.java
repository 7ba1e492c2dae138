package com.orderdesk.logic.prediction;

/**
 * How often a customer pays within the early-payment discount window and how close to its end.
 *
 * @param takeRate   share of discount-bearing invoices paid within the window, pulled to the book's
 *                   rate for customers with few such invoices
 * @param offered    how many of its paid invoices offered a discount
 * @param taken      how many of those were paid within the window
 * @param offsets    days from the last discount day to the payment, for the invoices that took it
 */
record DiscountHabit(double takeRate, int offered, int taken, WeightedValues offsets) {
    static final DiscountHabit NONE = new DiscountHabit(0, 0, 0, WeightedValues.EMPTY);
}
