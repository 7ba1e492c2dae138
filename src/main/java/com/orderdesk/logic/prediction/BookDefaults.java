package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole book says, used where a customer's own history is short: the usual lateness per
 * terms (a new NET 60 customer is not a new NET 30 one), how often each terms' discount is taken,
 * how far customers differ from each other against how much one customer varies (which sets how
 * fast a customer's own record takes over), the spread of a customer around its own habit, and
 * the book-wide season.
 */
final class BookDefaults {
    /** The book's figures for one terms group. */
    record TermsDefaults(double center, WeightedValues lateness, double discountTakeRate, WeightedValues discountOffsets) {
    }

    private static final int POINTS = 32;
    /** Grace after the last discount day for a payment still taken as a discount (mail float). */
    static final int DISCOUNT_GRACE = 5;

    private final Map<String, TermsDefaults> byTerms;
    private final TermsDefaults overall;
    final double centerWeight;
    final double[] season;
    final WeightedValues residuals;

    private BookDefaults(Map<String, TermsDefaults> byTerms, TermsDefaults overall, double centerWeight,
                         double[] season, WeightedValues residuals) {
        this.byTerms = byTerms;
        this.overall = overall;
        this.centerWeight = centerWeight;
        this.season = season;
        this.residuals = residuals;
    }

    TermsDefaults forTerms(TermsCatalog.Terms terms) {
        TermsDefaults d = terms == null ? null : byTerms.get(terms.key());
        return d == null ? overall : d;
    }

    /** Whether this payment took its terms' early-payment discount (such payments say nothing of lateness). */
    static boolean tookDiscount(PaidInvoice p, TermsCatalog.Terms terms) {
        return terms.hasDiscount() && tookDiscount(p.paidDate().toEpochDay(), terms.discountDeadline(p.invoiceDate()),
                p.dueDate().toEpochDay());
    }

    static boolean tookDiscount(long paid, long deadline, long due) {
        return paid <= deadline + DISCOUNT_GRACE && paid < due - 3;
    }

    static BookDefaults learn(Map<String, List<PaidInvoice>> byCustomer, TermsCatalog catalog, LocalDate asOf,
                              double halfLifeMonths) {
        Map<String, Samples> lateness = new HashMap<>();
        Map<String, Samples> offsets = new HashMap<>();
        Map<String, double[]> discount = new HashMap<>();
        Samples allLateness = new Samples();
        Samples allOffsets = new Samples();
        double[] allDiscount = new double[2];
        Samples residuals = new Samples();
        List<double[]> customerSpread = new ArrayList<>();
        double[] seasonSum = new double[12];
        double[] seasonCount = new double[12];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long asOfDay = asOf.toEpochDay();
        for (List<PaidInvoice> invoices : byCustomer.values()) {
            double perCustomer = 1 / Math.sqrt(invoices.size());
            Samples own = new Samples();
            List<PaidInvoice> late = new ArrayList<>();
            for (PaidInvoice p : invoices) {
                TermsCatalog.Terms terms = catalog.of(p.terms());
                long due = p.dueDate().toEpochDay();
                long paid = p.paidDate().toEpochDay();
                double w = perCustomer * Math.pow(0.5, (asOfDay - due) / 30.44 / halfLifeMonths);
                first = Math.min(first, due);
                last = Math.max(last, due);
                if (terms.hasDiscount()) {
                    long deadline = terms.discountDeadline(p.invoiceDate());
                    boolean took = tookDiscount(paid, deadline, due);
                    double[] d = discount.computeIfAbsent(terms.key(), k -> new double[2]);
                    d[0] += w;
                    allDiscount[0] += w;
                    if (took) {
                        d[1] += w;
                        allDiscount[1] += w;
                        offsets.computeIfAbsent(terms.key(), k -> new Samples()).add(paid - deadline, w);
                        allOffsets.add(paid - deadline, w);
                        continue;
                    }
                }
                lateness.computeIfAbsent(terms.key(), k -> new Samples()).add(paid - due, w);
                allLateness.add(paid - due, w);
                own.add(paid - due, 1);
                late.add(p);
            }
            if (own.size() >= 5) {
                WeightedValues sorted = own.sorted();
                double median = sorted.quantile(0.5);
                double[] dev = new double[own.size()];
                for (int i = 0; i < own.size(); i++) {
                    dev[i] = Math.abs(own.values[i] - median);
                    residuals.add(own.values[i] - median, perCustomer);
                }
                double mad = WeightedValues.sorted(dev, own.weights, own.size()).quantile(0.5);
                customerSpread.add(new double[] {median, Math.pow(Math.max(1, 1.4826 * mad), 2), own.size()});
                for (PaidInvoice p : late) {
                    if (asOfDay - p.dueDate().toEpochDay() < LatenessRegression.RECENT_MONTHS * 30.44) {
                        continue;
                    }
                    int m = p.dueDate().getMonthValue() - 1;
                    seasonSum[m] += (p.paidDate().toEpochDay() - p.dueDate().toEpochDay()) - median;
                    seasonCount[m] += 1;
                }
            }
        }
        Map<String, TermsDefaults> byTerms = new HashMap<>();
        TermsDefaults overall = defaults(allLateness, allOffsets, allDiscount, null);
        for (Map.Entry<String, Samples> e : lateness.entrySet()) {
            byTerms.put(e.getKey(), defaults(e.getValue(), offsets.get(e.getKey()), discount.get(e.getKey()), overall));
        }
        for (Map.Entry<String, double[]> e : discount.entrySet()) {
            byTerms.computeIfAbsent(e.getKey(), k -> defaults(null, offsets.get(k), e.getValue(), overall));
        }
        boolean yearCovered = last - first >= 390;
        return new BookDefaults(byTerms, overall, centerWeight(customerSpread),
                yearCovered ? season(seasonSum, seasonCount) : new double[12],
                residuals.size() == 0 ? new WeightedValues(new double[] {-3, 0, 3}, new double[] {1, 2, 1})
                        : residuals.sorted().compress(POINTS));
    }

    private static TermsDefaults defaults(Samples lateness, Samples offsets, double[] discount, TermsDefaults fallback) {
        WeightedValues late = lateness == null || lateness.size() == 0
                ? (fallback == null ? new WeightedValues(new double[] {0}, new double[] {1}) : fallback.lateness())
                : lateness.sorted().compress(POINTS);
        WeightedValues off = offsets == null || offsets.size() == 0
                ? (fallback == null ? new WeightedValues(new double[] {0}, new double[] {1}) : fallback.discountOffsets())
                : offsets.sorted().compress(POINTS);
        double rate = discount == null || discount[0] == 0 ? (fallback == null ? 0 : fallback.discountTakeRate())
                : discount[1] / discount[0];
        return new TermsDefaults(late.quantile(0.5), late, rate, off);
    }

    /**
     * Within-customer variance over between-customer variance: the number of pseudo-observations
     * the terms default is worth against a customer's own. Customers that differ a lot from each
     * other make a customer's first invoices tell a lot.
     */
    private static double centerWeight(List<double[]> spread) {
        if (spread.size() < 10) {
            return 2;
        }
        double[] medians = new double[spread.size()];
        double[] within = new double[spread.size()];
        double[] ones = new double[spread.size()];
        double avgN = 0;
        for (int i = 0; i < spread.size(); i++) {
            medians[i] = spread.get(i)[0];
            within[i] = spread.get(i)[1];
            ones[i] = 1;
            avgN += spread.get(i)[2] / spread.size();
        }
        WeightedValues m = WeightedValues.sorted(medians, ones, medians.length);
        double center = m.quantile(0.5);
        double[] dev = new double[medians.length];
        for (int i = 0; i < medians.length; i++) {
            dev[i] = Math.abs(medians[i] - center);
        }
        double between = Math.pow(1.4826 * WeightedValues.sorted(dev, ones, dev.length).quantile(0.5), 2);
        double withinVar = WeightedValues.sorted(within, ones, within.length).quantile(0.5);
        double tau2 = Math.max(1, between - withinVar / avgN);
        return Math.max(0.5, Math.min(4, withinVar / tau2));
    }

    private static double[] season(double[] sum, double[] count) {
        double[] s = new double[12];
        double mean = 0;
        for (int m = 0; m < 12; m++) {
            s[m] = sum[m] / (count[m] + 200);
            mean += s[m] / 12;
        }
        for (int m = 0; m < 12; m++) {
            s[m] -= mean;
        }
        return s;
    }

    /** A growable list of weighted values. */
    static final class Samples {
        double[] values = new double[16];
        double[] weights = new double[16];
        private int size;

        void add(double v, double w) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            values[size] = v;
            weights[size++] = w;
        }

        int size() {
            return size;
        }

        WeightedValues sorted() {
            return WeightedValues.sorted(values, weights, size);
        }
    }
}
