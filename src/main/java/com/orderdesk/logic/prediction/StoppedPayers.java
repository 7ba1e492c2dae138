package com.orderdesk.logic.prediction;

import java.util.List;

/**
 * A customer has stopped paying when open invoices that by its own record should have been paid
 * by now are still open and it has paid nothing since the first of them was due to be paid. One
 * such invoice with payments made since is a dispute, not a customer in trouble.
 *
 * <p>Judged on the paid history alone (its usual and its slow pay dates): a model fitted with the
 * open invoices as "later than today" would learn the stopped customer's silence as lateness and
 * never find it stopped.
 */
final class StoppedPayers {
    /** Days after its slow date a lone missed invoice must be before its customer counts as stopped. */
    static final long LONE_INVOICE_DAYS = 20;
    /** Slack added to the slow date, for the float of cheques and the odd slow payment. */
    static final long SLACK_DAYS = 7;

    /** The customer's usual and slow lateness from paid invoices: median and 90th percentile, in days. */
    record PaidLateness(double usual, double slow) {
    }

    private StoppedPayers() {
    }

    /** Whether an open invoice is past the date by which the customer nearly always pays. */
    static boolean missed(OpenInvoice o, PaidLateness lateness, long asOf) {
        return o.dueDate().toEpochDay() + lateness.slow() + SLACK_DAYS < asOf;
    }

    static boolean hasStopped(List<OpenInvoice> open, PaidLateness lateness, long lastPaid, long asOf) {
        long earliestUsual = Long.MAX_VALUE;
        long earliestSlow = Long.MAX_VALUE;
        int missed = 0;
        for (OpenInvoice o : open) {
            if (missed(o, lateness, asOf)) {
                long due = o.dueDate().toEpochDay();
                missed++;
                earliestUsual = Math.min(earliestUsual, due + Math.round(lateness.usual()));
                earliestSlow = Math.min(earliestSlow, due + Math.round(lateness.slow()) + SLACK_DAYS);
            }
        }
        if (missed == 0 || lastPaid >= earliestUsual) {
            return false;
        }
        return missed >= 2 || asOf - earliestSlow >= LONE_INVOICE_DAYS;
    }
}
