package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns one customer's {@link CustomerModel} from its paid invoices, with its open invoices as
 * evidence that some are later than anything paid yet: without them the last weeks of history
 * hold only the invoices that were paid quickly, and every customer would look like it improves.
 */
final class CustomerModelBuilder {
    static final double DAYS_PER_MONTH = 30.44;
    /** Pseudo-invoices of the book's discount rate for the terms, against the customer's own. */
    private static final double DISCOUNT_PRIOR_WEIGHT = 2;
    /** Pseudo-observations of the book's residuals, against the customer's own. */
    private static final double RESIDUAL_PRIOR_WEIGHT = 1.5;
    /**
     * Ridge penalties: an amount effect, a trend or a season must show in the data before it moves a
     * prediction. The trend's was 120 until 4 December: most customers have no trend, and the lines
     * their noise drew cost more (plain, run, discount customers) than the real trends gained; 200
     * to 400 scored alike on the benchmark books, 70 worse (src/site/markdown/performance.md, "Trend
     * and runs"). Since the book's {@link TrendMixture} sets the trend (books with 50 or more customers able to show one),
     * the trend's ridge only weighs the change-point candidates and serves small books.
     */
    private static final double AMOUNT_PENALTY = 3;
    private static final double TREND_PENALTY = 200;
    private static final double SEASON_PENALTY = 4;

    private final BookDefaults book;
    private final TermsCatalog catalog;
    private final long asOf;
    private final double halfLifeMonths;
    private final TrendMixture trends;

    CustomerModelBuilder(BookDefaults book, TermsCatalog catalog, long asOf, double halfLifeMonths) {
        this(book, catalog, asOf, halfLifeMonths, null);
    }

    /** @param trends how the book's customers drift, or null for the fixed trend ridge */
    CustomerModelBuilder(BookDefaults book, TermsCatalog catalog, long asOf, double halfLifeMonths, TrendMixture trends) {
        this.trends = trends;
        this.book = book;
        this.catalog = catalog;
        this.asOf = asOf;
        this.halfLifeMonths = halfLifeMonths;
    }

    CustomerModel build(String customerNo, List<PaidInvoice> paid, List<OpenInvoice> open) {
        double median = medianAmount(paid, open);
        TermsCatalog.Terms mainTerms = mainTerms(paid, open);
        int n = paid.size();
        long[] payDays = new long[n];
        double[] payWeights = new double[n];
        PaidInvoice[] late = new PaidInvoice[n];
        int lateCount = 0;
        double offered = 0;
        double taken = 0;
        int offeredCount = 0;
        int takenCount = 0;
        BookDefaults.Samples offsets = new BookDefaults.Samples();
        long lastPaid = Long.MIN_VALUE;
        for (PaidInvoice p : paid) {
            long due = p.dueDate().toEpochDay();
            long day = p.paidDate().toEpochDay();
            lastPaid = Math.max(lastPaid, day);
            double w = recency(due);
            TermsCatalog.Terms terms = catalog.of(p.terms());
            if (terms.hasDiscount()) {
                long deadline = terms.discountDeadline(p.invoiceDate());
                offered += w;
                offeredCount++;
                if (BookDefaults.tookDiscount(day, deadline, due)) {
                    taken += w;
                    takenCount++;
                    offsets.add(day - deadline, w);
                    continue;
                }
            }
            payDays[lateCount] = day;
            payWeights[lateCount] = w;
            late[lateCount++] = p;
        }
        BookDefaults.TermsDefaults termsDefaults = book.forTerms(mainTerms);
        DiscountHabit discount = new DiscountHabit(
                (taken + DISCOUNT_PRIOR_WEIGHT * termsDefaults.discountTakeRate()) / (offered + DISCOUNT_PRIOR_WEIGHT),
                offeredCount, takenCount, offsets.size() == 0 ? termsDefaults.discountOffsets() : offsets.sorted().compress(12));

        PaymentRunDetector.Detection detection = PaymentRunDetector.detect(payDays, payWeights, lateCount);
        PaymentRun run = detection.run();
        LatenessData data = new LatenessData();
        BookDefaults.Samples runFloat = new BookDefaults.Samples();
        long firstDue = Long.MAX_VALUE;
        long lastDue = Long.MIN_VALUE;
        for (int i = 0; i < lateCount; i++) {
            PaidInvoice p = late[i];
            long due = p.dueDate().toEpochDay();
            firstDue = Math.min(firstDue, due);
            lastDue = Math.max(lastDue, due);
            double x = logAmount(p.amount(), median);
            double t = (due - asOf) / DAYS_PER_MONTH;
            int month = p.dueDate().getMonthValue() - 1;
            long runDay = detection.runOfPayment()[i];
            if (runDay >= 0) {
                long previous = run.onOrBefore(runDay - 1);
                data.add(LatenessData.INTERVAL, previous - due, runDay - due, x, t, month, payWeights[i]);
                runFloat.add(payDays[i] - runDay, payWeights[i]);
            } else {
                data.add(LatenessData.EXACT, payDays[i] - due, payDays[i] - due, x, t, month, payWeights[i]);
            }
        }
        int observed = data.size;
        StoppedPayers.PaidLateness paidLateness = paidLateness(payDays, payWeights, late, lateCount, termsDefaults);
        boolean stopped = !open.isEmpty() && StoppedPayers.hasStopped(open, paidLateness, lastPaid, usualGap(paid), asOf);
        long lastChance = run.exists() ? run.onOrBefore(asOf) : asOf;
        for (OpenInvoice o : open) {
            if (stopped) {
                continue; // abandoned: says nothing about the customer's usual lateness
            }
            // An invoice past the customer's slow date counts too: a customer getting slower leaves
            // exactly these open, and left out its last weeks would hold only the quick payments.
            // A lone disputed one is down-weighted like any outlier.
            long due = o.dueDate().toEpochDay();
            data.add(LatenessData.CENSORED, lastChance - due, Double.POSITIVE_INFINITY, logAmount(o.amount(), median),
                    (due - asOf) / DAYS_PER_MONTH, o.dueDate().getMonthValue() - 1, recency(due));
        }
        boolean seasonKnown = observed >= 12 && lastDue - firstDue >= 330;
        LatenessPrior prior = new LatenessPrior(termsDefaults.center(), book.centerWeight, AMOUNT_PENALTY,
                TREND_PENALTY, SEASON_PENALTY, book.season, trends);
        LatenessModel lateness = observed == 0
                ? new LatenessModel(termsDefaults.center(), 0, 0, book.season.clone(), 5, WeightedValues.EMPTY, 0)
                : LatenessRegression.fit(data, prior, seasonKnown);
        double ownShare = lateness.effectiveCount() / (lateness.effectiveCount() + RESIDUAL_PRIOR_WEIGHT);
        return new CustomerModel(customerNo, paid.size(), median, mainTerms, discount, run,
                runFloat.size() == 0 ? new WeightedValues(new double[] {0}, new double[] {1}) : runFloat.sorted().compress(6),
                lateness, ownShare, lastPaid, seasonKnown, stopped, pastDue(open));
    }

    private double[] pastDue(List<OpenInvoice> open) {
        double[] days = new double[open.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = asOf - open.get(i).dueDate().toEpochDay();
        }
        return days;
    }

    /** Median and 90th percentile of days late of the paid invoices (the book's for the terms when fewer than 3). */
    private static StoppedPayers.PaidLateness paidLateness(long[] payDays, double[] weights, PaidInvoice[] late, int n,
                                                           BookDefaults.TermsDefaults defaults) {
        if (n < 3) {
            return new StoppedPayers.PaidLateness(defaults.lateness().quantile(0.5), defaults.lateness().quantile(0.9));
        }
        double[] days = new double[n];
        for (int i = 0; i < n; i++) {
            days[i] = payDays[i] - late[i].dueDate().toEpochDay();
        }
        WeightedValues sorted = WeightedValues.sorted(days, weights, n);
        return new StoppedPayers.PaidLateness(sorted.quantile(0.5), sorted.quantile(0.9));
    }

    /** Median days between the customer's distinct payment days (a year when it paid on fewer than 3 days). */
    private static long usualGap(List<PaidInvoice> paid) {
        long[] days = paid.stream().mapToLong(p -> p.paidDate().toEpochDay()).distinct().sorted().toArray();
        if (days.length < 3) {
            return 365;
        }
        long[] gaps = new long[days.length - 1];
        for (int i = 1; i < days.length; i++) {
            gaps[i - 1] = days[i] - days[i - 1];
        }
        java.util.Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    double recency(long due) {
        return Math.pow(0.5, Math.max(0, asOf - due) / DAYS_PER_MONTH / halfLifeMonths);
    }

    static double logAmount(BigDecimal amount, double median) {
        double a = Math.max(0.01, amount.doubleValue());
        return Math.max(-3, Math.min(3, Math.log(a / median)));
    }

    private static double medianAmount(List<PaidInvoice> paid, List<OpenInvoice> open) {
        int n = paid.isEmpty() ? open.size() : paid.size();
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.max(0.01, (paid.isEmpty() ? open.get(i).amount() : paid.get(i).amount()).doubleValue());
        }
        java.util.Arrays.sort(a);
        return n == 0 ? 1 : a[n / 2];
    }

    private TermsCatalog.Terms mainTerms(List<PaidInvoice> paid, List<OpenInvoice> open) {
        Map<String, Integer> count = new HashMap<>();
        String best = null;
        for (PaidInvoice p : paid) {
            best = vote(count, p.terms(), best);
        }
        for (OpenInvoice o : open) {
            best = vote(count, o.terms(), best);
        }
        return best == null ? null : catalog.of(best);
    }

    private static String vote(Map<String, Integer> count, String terms, String best) {
        int c = count.merge(terms, 1, Integer::sum);
        return best == null || c > count.get(best) ? terms : best;
    }
}
