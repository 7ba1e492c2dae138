package com.orderdesk.logic.prediction;

import java.util.Optional;

/**
 * How a customer pays, as learnt from the book: for the credit desk and the collections worklist.
 *
 * @param paidInvoices         invoices of the history the estimate rests on
 * @param typicalDaysLate      days after the due date a typical invoice is paid now (negative: early)
 * @param trendDaysPerMonth    how much later (positive) or earlier each month the customer pays
 * @param paymentRun           the customer's payment run, e.g. "on the 25th of the month", if it has one
 * @param discountTakeRate     share of invoices with an early-payment discount paid within it (NaN if none offered)
 * @param largeInvoiceDaysPerDoubling extra days when an invoice is twice the customer's usual amount
 * @param stoppedPaying        whether the customer has stopped paying: nothing paid while invoices fell well overdue
 * @param summary              one line, e.g. "pays ~12 days late, trend worsening (+1.5 days/month)"
 */
public record CustomerBehaviour(String customerNo, int paidInvoices, double typicalDaysLate, double trendDaysPerMonth,
                                Optional<String> paymentRun, double discountTakeRate,
                                double largeInvoiceDaysPerDoubling, boolean stoppedPaying, String summary) {
}
