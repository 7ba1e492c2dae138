package com.orderdesk.logic.prediction;

import java.time.LocalDate;

/**
 * Turns a customer's model into the pay-date distribution of one open invoice: the discount
 * branch (paid by the last discount day) and the usual branch (decided at due date + lateness,
 * released in the next payment run, arriving after the run's float), then conditioned on the
 * invoice still being open at the as-of date. An invoice already later than nearly all of its
 * customer's history is "stuck" (disputed, lost, or the customer is in trouble): it then follows
 * how stuck invoices of the whole book came unstuck, with a real chance of never being paid.
 */
final class OpenInvoiceForecaster {
    /** Below this chance left in the customer's own distribution, the invoice counts as stuck. */
    static final double STUCK_LEVEL = 0.05;
    static final double STUCK_UNPAID = 0.3;
    static final double STOPPED_UNPAID = 0.85;
    private static final double MAX_TREND_MONTHS = 3;
    /** Spread of one customer's lateness around its habit, for the evidence of its unpaid invoices (days). */
    static final double OWN_SPREAD = 5;
    /** 2p in {@link #ownResidualWidening}: twice the parameters' worth of a customer's fit. */
    static final double FIT_PARAMETERS_TWICE = 5;

    /** The distribution and what shaped it, for the reason. */
    record Outcome(PayDateDistribution distribution, double discountShare, boolean stuck, double center,
                   double logAmount, int month) {
    }

    private final BookDefaults book;
    private final TermsCatalog catalog;
    private final long asOf;
    private final StuckDelays stuckDelays;
    private final BookCalendar calendar;
    private long[] days = new long[512];
    private double[] weights = new double[512];
    private int count;

    OpenInvoiceForecaster(BookDefaults book, TermsCatalog catalog, LocalDate asOf, StuckDelays stuckDelays,
                          BookCalendar calendar) {
        this.calendar = calendar;
        this.book = book;
        this.catalog = catalog;
        this.asOf = asOf.toEpochDay();
        this.stuckDelays = stuckDelays;
    }

    Outcome forecast(OpenInvoice o, CustomerModel m, boolean stopped) {
        count = 0;
        TermsCatalog.Terms terms = catalog.of(o.terms());
        long due = o.dueDate().toEpochDay();
        long issued = o.invoiceDate().toEpochDay();
        double discountShare = 0;
        if (terms.hasDiscount()) {
            BookDefaults.TermsDefaults defaults = book.forTerms(terms);
            discountShare = m.discount().offered() > 0 ? m.discount().takeRate() : defaults.discountTakeRate();
            WeightedValues offsets = m.discount().taken() > 0 ? m.discount().offsets() : defaults.discountOffsets();
            long deadline = terms.discountDeadline(o.invoiceDate());
            double total = offsets.totalWeight();
            for (int i = 0; i < offsets.values.length; i++) {
                add(Math.max(issued, deadline + Math.round(offsets.values[i])), discountShare * offsets.weights[i] / total);
            }
        }
        int discountSamples = count;
        double usual = 1 - discountShare;
        double x = CustomerModelBuilder.logAmount(o.amount(), m.medianAmount());
        double t = Math.min(MAX_TREND_MONTHS, (due - asOf) / CustomerModelBuilder.DAYS_PER_MONTH);
        int month = o.dueDate().getMonthValue() - 1;
        double center;
        if (m.lateness().effectiveCount() > 0) {
            center = m.lateness().center(x, t, month);
            addUsual(m, due, issued, center, m.lateness().residuals(), usual * m.ownShare());
            addUsual(m, due, issued, center, book.residuals, usual * (1 - m.ownShare()));
        } else {
            WeightedValues lateness = unpaidEvidence(book.forTerms(terms).lateness(), m.openPastDue(), asOf - due);
            center = lateness.quantile(0.5) + book.season[month];
            addUsual(m, due, issued, book.season[month], lateness, usual);
        }
        // Still open at the as-of date: drop what would already have been paid. The discount branch
        // simply ends when its window has passed; only the usual branch running out means "stuck".
        double usualBefore = 0;
        double usualAfter = 0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            boolean usualBranch = i >= discountSamples;
            if (days[i] > asOf) {
                usualAfter += usualBranch ? weights[i] : 0;
                days[kept] = days[i];
                weights[kept++] = weights[i];
            } else {
                usualBefore += usualBranch ? weights[i] : 0;
            }
        }
        count = kept;
        double pastUsual = asOf - due - center;
        boolean stuck = usualAfter < STUCK_LEVEL * (usualBefore + usualAfter) && pastUsual > 0;
        if (stuck) {
            count = 0;
            stuckDelays.addConditional(this, asOf, pastUsual, 1);
        } else if (count == 0) {
            add(BusinessDays.nextBusinessDay(asOf + 1), 1); // every sample was due by today: any day now
        }
        double never = stopped ? STOPPED_UNPAID : stuck ? STUCK_UNPAID : 0;
        double paidWeight = 0;
        for (int i = 0; i < count; i++) {
            paidWeight += weights[i];
        }
        for (int i = 0; i < count; i++) {
            weights[i] *= (1 - never) / paidWeight;
        }
        return new Outcome(PayDateDistribution.of(days, weights, count, never), discountShare, stuck, center, x, month);
    }

    /**
     * The book's lateness for a customer without history, weighed by what its other open invoices
     * say: each one still unpaid so many days after its due date is unlikely under a lateness
     * well below that (a customer's own invoices scatter by a few days around its habit). The
     * customers that pay quickly have paid something already; one that has paid nothing while its
     * invoices fell overdue is a late payer.
     */
    static WeightedValues unpaidEvidence(WeightedValues lateness, double[] openPastDue, double ownPastDue) {
        boolean evidence = false;
        for (double d : openPastDue) {
            evidence |= d > 0;
        }
        if (!evidence || lateness.isEmpty()) {
            return lateness;
        }
        double[] w = new double[lateness.values.length];
        boolean skippedOwn = false;
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            double likelihood = 1;
            skippedOwn = false;
            for (double d : openPastDue) {
                if (!skippedOwn && d == ownPastDue) {
                    skippedOwn = true; // the invoice itself is conditioned on being open later
                    continue;
                }
                if (d > 0) {
                    likelihood *= Normal.cdf((lateness.values[i] - d) / OWN_SPREAD);
                }
            }
            w[i] = lateness.weights[i] * likelihood;
            total += w[i];
        }
        return total < 1e-12 ? lateness : new WeightedValues(lateness.values.clone(), w);
    }

    /**
     * How much wider a customer's next decision day scatters than the residuals its fit left: the
     * fit was drawn towards those very invoices (in-sample residuals shrink by about 1 - p / n) and
     * its centre is itself only an estimate (a new invoice's error grows by about 1 + p / n), so
     * the spread to expect is the residuals' times sqrt(1 + 2p / n), p being the parameters' worth
     * of the fit (intercept, amount, trend, recent shift, season, about 2.5) and n its
     * recency-weighted observations. A customer with a dozen recent payments is some 20 % less
     * sure of its next date than its residuals say; p_late_30 is a tail probability, and too
     * narrow a spread made it over-confident (own seed 1: 0.0754 without, 0.0749 with).
     */
    static double ownResidualWidening(double effectiveCount) {
        return effectiveCount <= 0 ? 1 : Math.sqrt(1 + FIT_PARAMETERS_TWICE / effectiveCount);
    }

    /** Adds the usual branch: decision day = due + center + residual, then the run and its float. */
    private void addUsual(CustomerModel m, long due, long issued, double center, WeightedValues residuals, double share) {
        if (share <= 0 || residuals.isEmpty()) {
            return;
        }
        double widen = residuals == book.residuals ? 1 : ownResidualWidening(m.lateness().effectiveCount());
        double total = residuals.totalWeight();
        PaymentRun run = m.run();
        WeightedValues floats = m.runFloat();
        double floatTotal = floats.totalWeight();
        for (int i = 0; i < residuals.values.length; i++) {
            long ready = due + Math.round(center + widen * residuals.values[i]);
            double w = share * residuals.weights[i] / total;
            if (run.exists()) {
                long runDay = run.onOrAfter(Math.max(ready, issued));
                for (int f = 0; f < floats.values.length; f++) {
                    long day = BusinessDays.nextBusinessDay(runDay + Math.round(floats.values[f]));
                    add(day, w * floats.weights[f] / floatTotal);
                }
            } else {
                add(BusinessDays.nextBusinessDay(Math.max(ready, issued)), w);
            }
        }
    }

    /** Adds a possible pay day; money forecast for a weekend or a day the book is closed arrives on the next open day. */
    void add(long day, double weight) {
        day = calendar.nextOpenDay(day);
        if (count == days.length) {
            days = java.util.Arrays.copyOf(days, count * 2);
            weights = java.util.Arrays.copyOf(weights, count * 2);
        }
        days[count] = day;
        weights[count++] = weight;
    }
}
