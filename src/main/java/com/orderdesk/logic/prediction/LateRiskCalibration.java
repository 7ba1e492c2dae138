package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes p_late_30 mean what it says by asking the book how the engine would have done: the book is
 * cut back to an earlier as-of date, the engine predicts the invoices open then, and a logistic
 * curve (Platt scaling) above a small floor maps its raw probabilities to the share of those
 * invoices that really were paid more than 30 days late. The engine's spreads come from the
 * history they were fitted on and run a little narrow, and a few invoices are paid very late
 * whatever their customer's habit; this corrects both, with the book's own evidence.
 */
final class LateRiskCalibration {
    /** How far back the trial as-of date is: far enough for most of its open invoices' outcomes to be known. */
    static final int LOOKBACK_DAYS = 91;
    private static final int MIN_CASES = 200;
    /** Paid invoices the trial book is cut down to (whole customers, chosen by number): enough cases, half the time. */
    static final int TRIAL_PAID_INVOICES = 30_000;
    private static final double CLIP = 0.002;

    /**
     * Floors tried for the chance that any invoice is paid very late whatever the engine says (a
     * dispute, a lost invoice): no curve on logit p can lift its low end without lifting the rest.
     */
    private static final double[] FLOORS = {0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03};

    private final double intercept;
    private final double slope;
    private final double floor;

    private LateRiskCalibration(double intercept, double slope, double floor) {
        this.intercept = intercept;
        this.slope = slope;
        this.floor = floor;
    }

    static final LateRiskCalibration IDENTITY = new LateRiskCalibration(0, 1, 0);

    double apply(double p) {
        if (slope == 1 && intercept == 0 && floor == 0) {
            return p;
        }
        return floor + (1 - floor) / (1 + Math.exp(-(intercept + slope * logit(p))));
    }

    /**
     * Learns the curve from a trial run at {@code asOf - LOOKBACK_DAYS}; the identity when the
     * book is too small to say.
     *
     * @param predictor runs the uncalibrated engine on a cut-back book
     */
    static LateRiskCalibration learn(List<PaidInvoice> history, List<OpenInvoice> open, LocalDate asOf,
                                     Function<Trial, Map<String, Double>> predictor) {
        LocalDate trialAsOf = asOf.minusDays(LOOKBACK_DAYS);
        int keepOutOf = Math.max(1, (int) Math.ceil(history.size() / (double) TRIAL_PAID_INVOICES));
        List<PaidInvoice> trialHistory = new ArrayList<>();
        List<OpenInvoice> trialOpen = new ArrayList<>();
        List<Double> outcomes = new ArrayList<>();
        for (PaidInvoice p : history) {
            if (!inTrial(p.customerNo(), keepOutOf)) {
                continue;
            }
            if (!p.paidDate().isAfter(trialAsOf)) {
                trialHistory.add(p);
            } else if (!p.invoiceDate().isAfter(trialAsOf)) {
                trialOpen.add(new OpenInvoice(p.invoiceNo(), p.customerNo(), p.invoiceDate(), p.dueDate(), p.amount(), p.terms()));
                outcomes.add(p.paidDate().isAfter(p.dueDate().plusDays(30)) ? 1.0 : 0.0);
            }
        }
        for (OpenInvoice o : open) {
            if (!inTrial(o.customerNo(), keepOutOf)) {
                continue;
            }
            // Still unpaid today: late for sure once 30 days past due; otherwise its outcome is unknown.
            if (!o.invoiceDate().isAfter(trialAsOf) && o.dueDate().plusDays(30).isBefore(asOf)) {
                trialOpen.add(o);
                outcomes.add(1.0);
            }
        }
        if (trialOpen.size() < MIN_CASES || trialHistory.size() < MIN_CASES) {
            return IDENTITY;
        }
        Map<String, Double> raw = predictor.apply(new Trial(trialHistory, trialOpen, trialAsOf));
        double[] x = new double[trialOpen.size()];
        double[] y = new double[trialOpen.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = logit(raw.get(trialOpen.get(i).invoiceNo()));
            y[i] = outcomes.get(i);
        }
        return fit(x, y);
    }

    /** Whole customers, picked by a hash of their number so that the same book always gives the same trial. */
    private static boolean inTrial(String customerNo, int keepOutOf) {
        return keepOutOf == 1 || Math.floorMod(customerNo.hashCode() * 0x9E3779B1, keepOutOf) == 0;
    }

    /** A cut-back book. */
    record Trial(List<PaidInvoice> history, List<OpenInvoice> open, LocalDate asOf) {
    }

    /**
     * The curve floor + (1 - floor) logistic(a + b x) of greatest likelihood, the floor from
     * {@link #FLOORS}: a low floor lets the slope stay steep where the engine tells invoices apart.
     */
    static LateRiskCalibration fit(double[] x, double[] y) {
        LateRiskCalibration best = null;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double floor : FLOORS) {
            LateRiskCalibration c = fit(x, y, floor);
            if (!Double.isFinite(c.intercept) || !Double.isFinite(c.slope)) {
                continue;
            }
            double likelihood = likelihood(x, y, floor, c.intercept, c.slope);
            if (likelihood > bestLikelihood + 1e-9) {
                bestLikelihood = likelihood;
                best = c;
            }
        }
        return best == null ? IDENTITY : best;
    }

    /** log(floor + (1 - floor) logistic(z)), finite however large |z| is. */
    private static double logOfQ(double floor, double z) {
        return floor == 0 ? -softplus(-z) : Math.log(floor + (1 - floor) / (1 + Math.exp(-z)));
    }

    /** log(1 + e^z) without overflow: -log(1 - logistic(z)). */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Logistic regression of y on x above a fixed floor, by Fisher scoring, lightly held to the
     * identity. Each step is halved until the held likelihood does not fall: a full step from a
     * trial where the engine was sure and often wrong (the demo book's) overshoots and swings.
     */
    static LateRiskCalibration fit(double[] x, double[] y, double floor) {
        double a = 0;
        double b = 1;
        double ridge = 1;
        double held = heldLikelihood(x, y, floor, a, b, ridge);
        for (int iter = 0; iter < 50; iter++) {
            double ga = -ridge * a;
            double gb = -ridge * (b - 1);
            double haa = ridge;
            double hab = 0;
            double hbb = ridge;
            for (int i = 0; i < x.length; i++) {
                double s = 1 / (1 + Math.exp(-(a + b * x[i])));
                double q = floor + (1 - floor) * s;
                // score and information of q = floor + (1 - floor) s, with 1 - q = (1 - floor)(1 - s)
                // cancelled out: written as (y - q) q' / (q (1 - q)) they are 0/0 once s rounds to 0 or 1
                double sOverQ = floor == 0 ? 1 : s / q;
                double r = (y[i] - q) * sOverQ;
                double w = (1 - floor) * s * (1 - s) * sOverQ;
                ga += r;
                gb += r * x[i];
                haa += w;
                hab += w * x[i];
                hbb += w * x[i] * x[i];
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 1e-12)) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = heldLikelihood(x, y, floor, a + da, b + db, ridge);
            while (!(next >= held - 1e-9) && step > 1e-6) {
                step /= 2;
                next = heldLikelihood(x, y, floor, a + step * da, b + step * db, ridge);
            }
            if (!(next >= held - 1e-9)) {
                break;
            }
            a += step * da;
            b += step * db;
            held = next;
            if (step * (Math.abs(da) + Math.abs(db)) < 1e-7) {
                break;
            }
        }
        return new LateRiskCalibration(a, b, floor);
    }

    /** The curve's log-likelihood on the trial, less the hold towards the identity. */
    private static double heldLikelihood(double[] x, double[] y, double floor, double a, double b, double ridge) {
        return likelihood(x, y, floor, a, b) - ridge / 2 * (a * a + (b - 1) * (b - 1));
    }

    private static double likelihood(double[] x, double[] y, double floor, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = a + b * x[i];
            sum += y[i] > 0.5 ? logOfQ(floor, z) : Math.log1p(-floor) - softplus(z);
        }
        return sum;
    }

    private static double logit(double p) {
        double q = Math.max(CLIP, Math.min(1 - CLIP, p));
        return Math.log(q / (1 - q));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p' = %.3f + %.3f logistic(%.3f + %.3f logit p)", floor, 1 - floor, intercept, slope);
    }
}
