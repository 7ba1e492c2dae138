package com.orderdesk.logic.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the book's customers drift, learnt from all of their histories (empirical Bayes): most
 * customers pay as late as they did a year ago, a few get slower by a day or more a month, a few
 * quicker. A fixed ridge on each customer's trend cannot tell them apart: loose, it lets the many
 * without a trend take slopes from noise; tight, it holds the drifting few at a fraction of their
 * drift. The book says how often drifts happen, which way and how large: a mixture of three
 * normals (the steady customers at zero, those getting slower, those getting quicker) fitted by
 * EM to every established customer's own trend estimate and its sampling variance. One
 * customer's trend is then its posterior mean under that mixture: nearly zero when its slope is
 * what noise gives, nearly whole when noise cannot explain it.
 */
final class TrendMixture {
    /** Fewest off-discount payments, and months they span, for a customer's trend to count. */
    private static final int MIN_PAYMENTS = 8;
    private static final double MIN_SPAN_MONTHS = 6;
    /** Customers whose estimates the mixture needs before it replaces the fixed ridge. */
    private static final int MIN_CUSTOMERS = 50;
    /** Floor of a component's variance ((days/month)^2): no component claims trends known exactly. */
    private static final double MIN_VARIANCE = 0.0025;
    private static final int EM_ROUNDS = 200;
    /** A token ridge on the trend when the mixture does the shrinking: keeps the equations solvable. */
    static final double FREE_TREND_RIDGE = 1;
    /** How many times the trend's own information the ridge that pins it to its posterior mean is worth. */
    private static final double PIN = 1e6;
    /**
     * Months before the as-of date left out of a customer's estimate: of the invoices due lately
     * only the quick ones are paid yet, which would show every customer getting quicker.
     */
    private static final double RECENT_CUT_MONTHS = 2;

    private final double[] share;
    private final double[] mean;
    private final double[] variance;

    TrendMixture(double[] share, double[] mean, double[] variance) {
        this.share = share.clone();
        this.mean = mean.clone();
        this.variance = variance.clone();
    }

    double share(int component) {
        return share[component];
    }

    double mean(int component) {
        return mean[component];
    }

    /** Variance of the component, in (days/month)^2. */
    double variance(int component) {
        return variance[component];
    }

    /**
     * The posterior mean of a trend estimated at {@code b} with sampling variance {@code v}: each
     * component's (tau^2 b + v mu) / (tau^2 + v), weighted by how likely the component makes b.
     */
    double posteriorMean(double b, double v) {
        double num = 0;
        double den = 0;
        double best = Double.NEGATIVE_INFINITY;
        double[] log = new double[share.length];
        for (int k = 0; k < share.length; k++) {
            double s = variance[k] + v;
            log[k] = Math.log(share[k]) - (b - mean[k]) * (b - mean[k]) / (2 * s) - 0.5 * Math.log(s);
            best = Math.max(best, log[k]);
        }
        for (int k = 0; k < share.length; k++) {
            double r = Math.exp(log[k] - best);
            double s = variance[k] + v;
            den += r;
            num += r * (variance[k] * b + v * mean[k]) / s;
        }
        return num / den;
    }

    /**
     * The fit (intercept, amount slope, trend) with the trend at its posterior mean, from normal
     * equations {@code a x = rhs} whose trend carries only the token ridge: the free trend and its
     * sampling variance (scale^2 times the inverse matrix's trend entry) give the posterior mean,
     * and the intercept and amount slope are refitted with the trend pinned there by a ridge many
     * times its own information. Null when the equations cannot say (the caller keeps the fixed ridge).
     */
    double[] solve(double[][] a, double[] rhs, double scale) {
        double[] free = Gauss.solve(copy(a), rhs.clone());
        double inverse22 = Gauss.solve(copy(a), new double[] {0, 0, 1})[2];
        if (!(inverse22 > 0)) {
            return null;
        }
        double pin = PIN / inverse22;
        double[][] b = copy(a);
        double[] r = rhs.clone();
        b[2][2] += pin;
        r[2] += pin * posteriorMean(free[2], scale * scale * inverse22);
        return Gauss.solve(b, r);
    }

    private static double[][] copy(double[][] a) {
        return new double[][] {a[0].clone(), a[1].clone(), a[2].clone()};
    }

    /**
     * Learns the mixture from the paid history, or null (the fixed ridge stays) when too few
     * customers have a trend to show. Each customer's estimate is a recency-weighted line through
     * its days late (discounts taken left out), refitted once with outliers down-weighted.
     */
    static TrendMixture learn(Map<String, List<PaidInvoice>> paidBy, TermsCatalog catalog, long asOf,
                              double halfLifeMonths) {
        List<double[]> estimates = paidBy.values().parallelStream()
                .map(paid -> estimate(paid, catalog, asOf, halfLifeMonths))
                .filter(e -> e != null)
                .toList();
        if (estimates.size() < MIN_CUSTOMERS) {
            return null;
        }
        return fit(estimates);
    }

    /**
     * EM for the mixture over estimates {b, v}: b ~ sum pi_k N(mu_k, tau_k^2 + v). The first
     * component (the steady customers) keeps its mean at zero; with three, the others start as
     * customers getting slower and customers getting quicker.
     */
    static TrendMixture fit(List<double[]> estimates) {
        double[] pi = {0.8, 0.1, 0.1};
        double[] mu = {0, 1, -1};
        double[] tau2 = {0.01, 0.5, 0.5};
        int kk = pi.length;
        int n = estimates.size();
        double[][] r = new double[n][kk];
        for (int round = 0; round < EM_ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                double b = estimates.get(i)[0];
                double v = estimates.get(i)[1];
                double total = 0;
                for (int k = 0; k < kk; k++) {
                    double s = tau2[k] + v;
                    r[i][k] = pi[k] * Math.exp(-(b - mu[k]) * (b - mu[k]) / (2 * s)) / Math.sqrt(s);
                    total += r[i][k];
                }
                for (int k = 0; k < kk; k++) {
                    r[i][k] = total <= 0 ? 1.0 / kk : r[i][k] / total;
                }
            }
            for (int k = 0; k < kk; k++) {
                double weight = 0;
                double moment = 0;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double p = r[i][k] / (tau2[k] + estimates.get(i)[1]);
                    moment += p * estimates.get(i)[0];
                    weight += p;
                    sum += r[i][k];
                }
                if (k > 0) {
                    mu[k] = weight <= 0 ? mu[k] : moment / weight;
                }
                weight = 0;
                double excess = 0;
                for (int i = 0; i < n; i++) {
                    double b = estimates.get(i)[0] - mu[k];
                    double v = estimates.get(i)[1];
                    // Moment step: what the estimate's square shows beyond its own sampling variance,
                    // each customer weighted by its responsibility and its precision under the component.
                    double p = r[i][k] / Math.pow(tau2[k] + v, 2);
                    excess += p * (b * b - v);
                    weight += p;
                }
                pi[k] = Math.max(1e-3, sum / n);
                tau2[k] = Math.max(MIN_VARIANCE, weight <= 0 ? MIN_VARIANCE : excess / weight);
            }
        }
        double total = 0;
        for (double p : pi) {
            total += p;
        }
        for (int k = 0; k < kk; k++) {
            pi[k] /= total;
        }
        return new TrendMixture(pi, mu, tau2);
    }

    /** A customer's {trend, its sampling variance} in days late per month, or null when its history cannot show one. */
    static double[] estimate(List<PaidInvoice> paid, TermsCatalog catalog, long asOf, double halfLifeMonths) {
        List<double[]> points = new ArrayList<>();
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (PaidInvoice p : paid) {
            if (BookDefaults.tookDiscount(p, catalog.of(p.terms()))) {
                continue;
            }
            long due = p.dueDate().toEpochDay();
            long day = p.paidDate().toEpochDay();
            double t = (due - asOf) / CustomerModelBuilder.DAYS_PER_MONTH;
            if (t > -RECENT_CUT_MONTHS) {
                continue; // most of these still open are the slow ones: the paid rest would bend every line down
            }
            double w = Math.pow(0.5, Math.max(0, -t) / halfLifeMonths);
            points.add(new double[] {t, day - due, w, 1});
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        if (points.size() < MIN_PAYMENTS || last - first < MIN_SPAN_MONTHS) {
            return null;
        }
        double[] line = line(points);
        double[] dev = new double[points.size()];
        double[] w = new double[points.size()];
        for (int i = 0; i < dev.length; i++) {
            double[] q = points.get(i);
            dev[i] = Math.abs(q[1] - line[0] - line[1] * q[0]);
            w[i] = q[2];
        }
        double scale = Math.max(1.5, 1.4826 * WeightedValues.sorted(dev, w, dev.length).quantile(0.5));
        for (int i = 0; i < dev.length; i++) {
            points.get(i)[3] = dev[i] <= 2.5 * scale ? 1 : 2.5 * scale / dev[i];
        }
        line = line(points);
        return line[2] <= 0 ? null : new double[] {line[1], scale * scale / line[2]};
    }

    /** Weighted least-squares line {intercept, slope, sum of weighted squared time deviations}. */
    private static double[] line(List<double[]> points) {
        double sw = 0;
        double st = 0;
        double sy = 0;
        for (double[] q : points) {
            double w = q[2] * q[3];
            sw += w;
            st += w * q[0];
            sy += w * q[1];
        }
        double tm = st / sw;
        double ym = sy / sw;
        double stt = 0;
        double sty = 0;
        for (double[] q : points) {
            double w = q[2] * q[3];
            stt += w * (q[0] - tm) * (q[0] - tm);
            sty += w * (q[0] - tm) * (q[1] - ym);
        }
        double slope = stt <= 0 ? 0 : sty / stt;
        return new double[] {ym - slope * tm, slope, stt};
    }
}
