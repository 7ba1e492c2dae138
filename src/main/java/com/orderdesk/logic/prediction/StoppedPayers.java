package com.orderdesk.logic.prediction;

import java.util.List;

/**
 * A customer has stopped paying when open invoices that by its own record should have been paid
 * by now are still open and it has paid nothing since they fell due to be paid (its slow date:
 * 90th-percentile lateness + a week). One such invoice with payments made since is a dispute, not
 * a customer in trouble.
 *
 * <p>Judged on the paid history alone (its usual and its slow pay dates): a model fitted with the
 * open invoices as "later than today" would learn the stopped customer's silence as lateness and
 * never find it stopped.
 */
final class StoppedPayers {
    /** Days after its slow date a lone missed invoice must be before its customer counts as stopped. */
    static final long LONE_INVOICE_DAYS = 20;
    /** Days without a payment, at least, before a customer can count as stopped. */
    static final long MIN_SILENCE_DAYS = 21;
    /** ... and usual gaps between its payment days. */
    static final long SILENT_GAPS = 2;
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

    static boolean hasStopped(List<OpenInvoice> open, PaidLateness lateness, long lastPaid, long usualGap, long asOf) {
        // A customer still paying at its usual rhythm is slow, not stopped.
        if (asOf - lastPaid < Math.max(MIN_SILENCE_DAYS, SILENT_GAPS * usualGap)) {
            return false;
        }
        int missedSincePaid = 0;
        long earliestSlow = Long.MAX_VALUE;
        for (OpenInvoice o : open) {
            long slowDate = o.dueDate().toEpochDay() + Math.round(lateness.slow()) + SLACK_DAYS;
            // Missed, and it was due to be paid after the customer's last payment: a customer that
            // paid later invoices while this one waited is disputing it, not out of money.
            if (slowDate < asOf && slowDate > lastPaid) {
                missedSincePaid++;
                earliestSlow = Math.min(earliestSlow, slowDate);
            }
        }
        return missedSincePaid >= 2 || (missedSincePaid == 1 && asOf - earliestSlow >= LONE_INVOICE_DAYS);
    }
}
