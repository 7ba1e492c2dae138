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
    record PaidLateness(double usual, double slow, WeightedValues days) {
    }

    /** No single invoice makes the customer's silence certain proof: payments slip for reasons of their own. */
    static final double MAX_SHOULD_HAVE_PAID = 0.9;

    /**
     * How likely it is, were the customer still paying as it did, that every open invoice stayed
     * unpaid since its last payment: the product, over its open invoices, of the chance that its
     * paid lateness would have let the invoice wait that long once it had waited until the last
     * payment. Small when several invoices are well past the customer's usual time with nothing
     * paid since; the book's share of stopped customers then turns it into a chance of having
     * stopped ({@link #stopChance}).
     */
    static double silenceChance(List<OpenInvoice> open, PaidLateness lateness, long lastPaid, long usualGap, long asOf) {
        WeightedValues days = lateness.days();
        if (days.isEmpty() || asOf - lastPaid < Math.max(MIN_SILENCE_DAYS, SILENT_GAPS * usualGap)) {
            return 1; // still paying at its usual rhythm
        }
        double chance = 1;
        for (OpenInvoice o : open) {
            long due = o.dueDate().toEpochDay();
            double stillOpenAtLastPayment = lastPaid == Long.MIN_VALUE ? 1 : 1 - cdf(days, lastPaid - due);
            if (stillOpenAtLastPayment <= 0.02) {
                continue; // already waiting longer than anything paid when the customer last paid: a dispute, not silence
            }
            double paidSince = (cdf(days, asOf - due) - (1 - stillOpenAtLastPayment)) / stillOpenAtLastPayment;
            chance = Math.min(chance, 1 - Math.min(MAX_SHOULD_HAVE_PAID, Math.max(0, paidSince)));
        }
        return chance;
    }

    /** Bayes: the chance that a customer has stopped, from its silence chance and the book's share of stopped customers. */
    static double stopChance(double silenceChance, double bookShare) {
        return bookShare / (bookShare + (1 - bookShare) * silenceChance);
    }

    /**
     * The book's share of stopped customers among those with open invoices (those found stopped
     * by {@link #hasStopped}), kept between half a percent and a fifth: the prior of {@link #stopChance}.
     */
    static double bookShare(List<CustomerModel> models, java.util.Set<String> withOpen) {
        int stopped = 0;
        for (CustomerModel m : models) {
            stopped += m.stopped() ? 1 : 0;
        }
        return Math.max(0.005, Math.min(0.2, stopped / (double) Math.max(1, withOpen.size())));
    }

    /** Share of the weight at or below {@code x} (values sorted). */
    private static double cdf(WeightedValues v, double x) {
        double below = 0;
        double total = 0;
        for (int i = 0; i < v.values.length; i++) {
            total += v.weights[i];
            if (v.values[i] <= x) {
                below += v.weights[i];
            }
        }
        return total == 0 ? 0 : below / total;
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
