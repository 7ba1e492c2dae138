package com.orderdesk.logic.prediction;

/** The few normal-distribution figures the imputation needs. */
final class Normal {
    private Normal() {
    }

    /** E[Y | Y > low] for Y normal with mean {@code mean} and spread {@code sd}. */
    static double meanAbove(double mean, double sd, double low) {
        double alpha = (low - mean) / sd;
        return mean + sd * inverseMills(alpha);
    }

    /**
     * For Y normal with mean {@code mean} and spread {@code sd}, known only to lie in (lo, hi]:
     * {E[Y], E[(Y - mean)^2]}. A payment made in a run says only that the decision fell between
     * the run before and this one; these are what the imputation fills in. An interval far out in
     * a tail (no numerical mass) gives its nearer end.
     */
    static double[] between(double mean, double sd, double lo, double hi) {
        double a = (lo - mean) / sd;
        double b = (hi - mean) / sd;
        double mass = cdf(b) - cdf(a);
        if (mass < 1e-9) {
            double y = a > 0 ? lo : hi;
            return new double[] {y, (y - mean) * (y - mean)};
        }
        double pa = density(a);
        double pb = Double.isInfinite(b) ? 0 : density(b);
        double apa = Double.isInfinite(a) ? 0 : a * pa;
        double bpb = Double.isInfinite(b) ? 0 : b * pb;
        return new double[] {mean + sd * (pa - pb) / mass, sd * sd * Math.max(0, 1 + (apa - bpb) / mass)};
    }

    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    static double density(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /** phi(a) / (1 - Phi(a)); for large a it tends to a + 1/a. */
    static double inverseMills(double a) {
        if (a > 6) {
            return a + 1 / a;
        }
        double tail = 0.5 * erfc(a / Math.sqrt(2));
        double density = Math.exp(-a * a / 2) / Math.sqrt(2 * Math.PI);
        return density / Math.max(tail, 1e-300);
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886187 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
