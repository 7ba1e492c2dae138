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
