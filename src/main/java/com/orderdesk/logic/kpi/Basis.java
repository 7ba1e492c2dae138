package com.orderdesk.logic.kpi;

import java.math.BigDecimal;

/**
 * What a period's figures were computed from: the denominators and counts behind the rates, so a
 * screen can say "of 1,204 orders" and a reader can check a figure by hand.
 *
 * @param sales                 {@code S}: invoice amounts issued in the period
 * @param openingReceivables    {@code AR(D-P)}: receivables at the end of the day before the period
 * @param ordersEntered         orders whose entered date is in the period
 * @param ordersTouched         of those, the ones a person touched
 * @param paymentsReceived      payments received in the period
 * @param paymentsAutoApplied   of those, the ones applied with no person confirming
 * @param ordersShipped         orders whose last shipment left in the period
 * @param ordersSplit           of those, the ones that took two shipments or more
 * @param ordersPerfect         of those, the ones with all four quality flags
 * @param shippingAndHandling   shipping plus handling cost of the orders shipped in the period
 * @param invoicesPaid          invoices whose open amount reached zero in the period (and stayed there up to its last day)
 */
public record Basis(BigDecimal sales, BigDecimal openingReceivables, long ordersEntered, long ordersTouched,
                    long paymentsReceived, long paymentsAutoApplied, long ordersShipped, long ordersSplit,
                    long ordersPerfect, BigDecimal shippingAndHandling, long invoicesPaid) {
}
