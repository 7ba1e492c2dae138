package com.orderdesk.logic.prediction;

/**
 * Fits a {@link LatenessModel} to one customer's observations: a weighted ridge regression on
 * amount and time with a calendar-month season, where run payments (known only to an interval)
 * and open invoices (known only to be later than today) are filled in by alternating fit and
 * imputation, a few rounds, like an EM. Outliers (a disputed invoice paid two months late) are
 * down-weighted so they do not drag the usual date; they stay in the residuals, which carry the
 * risk of paying very late.
 *
 * <p>The trend may bend: besides one line over the whole history, it may be flat up to a change
 * point and a line after it (a customer that began paying later in the spring). The change point
 * is chosen each round from whole months back by the fit's likelihood with a BIC penalty for the
 * extra parameter, so a customer whose history is one line keeps its line.
 */
final class LatenessRegression {
    private static final int ROUNDS = 8;
    /** Rounds fitted on paid invoices alone, so the open ones start from a fit that the paid ones made. */
    private static final int PAID_ONLY_ROUNDS = 2;
    /** Residuals past this many robust spreads weigh less (a disputed invoice must not move the usual date). */
    private static final double ROBUST_CUT = 2.5;
    private static final double MIN_SCALE = 1.5;
    private static final int RESIDUAL_POINTS = 24;
    /** Standard-normal points an interval's residual is spread over. */
    private static final double[] GRID = {-2.75, -2.25, -1.75, -1.25, -0.75, -0.25, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75};
    /** A usual spread of a customer's decision day (days), and how many observations it is worth. */
    private static final double SPREAD_PRIOR = 4;
    private static final double SPREAD_PRIOR_WEIGHT = 3;
    private static final double SHIFT_HALF_LIFE_MONTHS = 1.5;
    private static final double SHIFT_PRIOR_WEIGHT = 3;
    /** How much a month's estimate borrows from the months beside it: seasons are rarely one month sharp, but can be. */
    private static final double NEIGHBOUR_MONTH_WEIGHT = 0.3;
    /**
     * How many times its chance share of scatter a customer's season must show before it is kept
     * whole (James-Stein): the months' median residuals of a customer without a season scatter by
     * chance, and taken as a season that scatter moved its predictions.
     */
    private static final double SEASON_EVIDENCE = 1;
    /** Months before the as-of date that tell the level and trend, not the season. */
    static final double RECENT_MONTHS = 4;
    /** Change points tried, in months before the as-of date; none (a line over everything) is always a candidate. */
    private static final double[] BREAKS = {-3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -14};
    /** BIC penalty of a change point, in units of ln(n): more than one parameter's, as it is picked from a grid. */
    private static final double BREAK_PENALTY = 2;
    /** Information (observations weighted by recency and by how much of their date they tell) a change point needs. */
    private static final double MIN_BREAK_INFORMATION = 8;
    /** Months over which a line's trend penalty is stated: a trend over fewer months is penalised less per day/month. */
    private static final double TREND_PENALTY_MONTHS = 12;

    private static final double MIN_INFORMATION = 0.02;

    private LatenessRegression() {
    }

    static LatenessModel fit(LatenessData d, LatenessPrior prior, boolean seasonKnowable) {
        int n = d.size;
        double[] y = new double[n];
        double[] robust = new double[n];
        double[] mu = new double[n];
        double[] season = prior.bookSeason().clone();
        for (int i = 0; i < n; i++) {
            robust[i] = 1;
            y[i] = switch (d.kind[i]) {
                case LatenessData.EXACT -> d.low[i];
                case LatenessData.INTERVAL -> (d.low[i] + d.high[i]) / 2;
                default -> Math.max(prior.center(), d.low[i] + 3);
            };
        }
        boolean intervals = false;
        for (int i = 0; i < n; i++) {
            intervals |= d.kind[i] == LatenessData.INTERVAL;
        }
        double[] theta = {prior.center(), 0, 0};
        double scale = 5;
        double shift = 0;
        double start = Double.NEGATIVE_INFINITY;
        double[] work = y.clone();
        double[] workWeight = robust.clone();
        for (int round = 0; round < ROUNDS; round++) {
            boolean withOpen = round >= PAID_ONLY_ROUNDS;
            start = chooseStart(d, work, workWeight, season, prior, withOpen);
            theta = prior.trendMixture() == null ? solve(d, work, workWeight, season, prior, withOpen, start)
                    : solveWithMixture(d, work, workWeight, season, prior, withOpen, start, scale);
            if (seasonKnowable) {
                season = season(d, y, theta, prior, start, scale);
            }
            for (int i = 0; i < n; i++) {
                mu[i] = theta[0] + theta[1] * d.logAmount[i] + theta[2] * Math.max(d.months[i], start) + season[d.dueMonth[i]];
            }
            scale = intervals ? intervalScale(d, y, mu, scale) : robustScale(d, y, mu);
            shift = recentShift(d, y, mu, robust);
            for (int i = 0; i < n; i++) {
                double r = Math.abs(y[i] - mu[i]);
                robust[i] = r <= ROBUST_CUT * scale ? 1 : ROBUST_CUT * scale / r;
                if (d.kind[i] == LatenessData.INTERVAL) {
                    y[i] = Normal.between(mu[i], scale, d.low[i], d.high[i])[0];
                } else if (d.kind[i] == LatenessData.CENSORED) {
                    y[i] = Normal.meanAbove(mu[i] + shift, 1.25 * scale, d.low[i]);
                }
                work[i] = y[i];
                workWeight[i] = robust[i];
                if (d.kind[i] == LatenessData.CENSORED) {
                    workingResponse(d, i, mu[i], 1.25 * scale, work, workWeight);
                }
            }
        }
        double[] res = new double[n * GRID.length];
        double[] w = new double[n * GRID.length];
        int k = 0;
        double effective = 0;
        for (int i = 0; i < n; i++) {
            if (d.kind[i] == LatenessData.EXACT) {
                res[k] = y[i] - mu[i];
                w[k++] = d.weight[i];
                effective += d.weight[i];
            } else if (d.kind[i] == LatenessData.INTERVAL) {
                k = addInterval(d.low[i] - mu[i], d.high[i] - mu[i], scale, d.weight[i], res, w, k);
                effective += d.weight[i];
            }
        }
        WeightedValues residuals = WeightedValues.sorted(res, w, k).compress(RESIDUAL_POINTS);
        return new LatenessModel(theta[0] + shift, theta[1], theta[2], season, scale, residuals, effective, start);
    }

    /**
     * Fisher scoring for an open invoice already late (known only to be later than it is now): the
     * fit moves by what it says ((E[Y | later than now] - mu) / the share of information it holds),
     * weighted by that share. Imputing E[Y | later than now] alone (plain EM) moves a fit only a
     * little each round, so a customer leaving its recent invoices unpaid would still look like
     * last year after the few rounds there are. One not due yet says almost nothing and keeps the
     * plain imputation.
     */
    private static void workingResponse(LatenessData d, int i, double mu, double sd, double[] work, double[] workWeight) {
        double[] m = Normal.between(mu, sd, d.low[i], d.high[i]);
        double mean = m[0] - mu;
        double observed = 1 - Math.max(0, m[1] - mean * mean) / (sd * sd);
        if (observed < MIN_INFORMATION) {
            return; // "later than a day well before its usual date": imputed as it is, like plain EM
        }
        work[i] = mu + mean / observed;
        workWeight[i] *= observed;
    }

    /**
     * The change point (or none) under which the fit leaves the least weighted squared error, each
     * change point paying a BIC penalty: n ln(SSE / n) + penalty ln(n).
     */
    private static double chooseStart(LatenessData d, double[] y, double[] robust, double[] season, LatenessPrior prior,
                                      boolean withOpen) {
        double best = Double.NEGATIVE_INFINITY;
        double bestScore = Double.POSITIVE_INFINITY;
        double earliest = 0;
        for (int i = 0; i < d.size; i++) {
            earliest = Math.min(earliest, d.months[i]);
        }
        for (int c = -1; c < BREAKS.length; c++) {
            double start = c < 0 ? Double.NEGATIVE_INFINITY : BREAKS[c];
            if (c >= 0 && start <= earliest + 2) {
                continue; // a change point needs history before it
            }
            double[] theta = solve(d, y, robust, season, prior, withOpen, start);
            double sse = 0;
            double n = 0;
            for (int i = 0; i < d.size; i++) {
                if (!withOpen && d.kind[i] == LatenessData.CENSORED) {
                    continue;
                }
                double w = d.weight[i] * robust[i];
                double r = y[i] - season[d.dueMonth[i]] - theta[0] - theta[1] * d.logAmount[i]
                        - theta[2] * Math.max(d.months[i], start);
                sse += w * r * r;
                n += w;
            }
            if (n < MIN_BREAK_INFORMATION) {
                // A change point needs observations that say when the customer paid; month-wide run
                // intervals weigh little here, and a few of them would let a bend fit the noise.
                return Double.NEGATIVE_INFINITY;
            }
            double score = n * Math.log(sse / n + 1e-9) + (c < 0 ? 0 : BREAK_PENALTY * Math.log(n));
            if (score < bestScore) {
                bestScore = score;
                best = start;
            }
        }
        return best;
    }

    /** Ridge normal equations for (intercept, amount slope, trend since {@code start}), the prior as pseudo-observations. */
    private static double[] solve(LatenessData d, double[] y, double[] robust, double[] season, LatenessPrior prior,
                                  boolean withOpen, double start) {
        // A trend over a few months moves the date by fewer days than the same trend over a year.
        double span = Math.min(TREND_PENALTY_MONTHS, -start);
        return solve(d, y, robust, season, prior, withOpen, start, prior.trendPenalty() * Math.pow(span / TREND_PENALTY_MONTHS, 2));
    }

    /** The fit with the trend at its posterior mean under the book's {@link TrendMixture} ({@link TrendMixture#solve}). */
    private static double[] solveWithMixture(LatenessData d, double[] y, double[] robust, double[] season,
                                             LatenessPrior prior, boolean withOpen, double start, double scale) {
        double[][] a = new double[3][3];
        double[] rhs = new double[3];
        normalEquations(d, y, robust, season, prior, withOpen, start, TrendMixture.FREE_TREND_RIDGE, a, rhs);
        double[] theta = prior.trendMixture().solve(a, rhs, scale);
        return theta != null ? theta : solve(d, y, robust, season, prior, withOpen, start);
    }

    private static double[] solve(LatenessData d, double[] y, double[] robust, double[] season, LatenessPrior prior,
                                  boolean withOpen, double start, double trendRidge) {
        double[][] a = new double[3][3];
        double[] rhs = new double[3];
        normalEquations(d, y, robust, season, prior, withOpen, start, trendRidge, a, rhs);
        return Gauss.solve(a, rhs);
    }

    private static void normalEquations(LatenessData d, double[] y, double[] robust, double[] season, LatenessPrior prior,
                                        boolean withOpen, double start, double trendRidge, double[][] a, double[] rhs) {
        a[0][0] = prior.centerWeight();
        a[1][1] = prior.amountPenalty();
        a[2][2] = trendRidge;
        rhs[0] = prior.centerWeight() * prior.center();
        for (int i = 0; i < d.size; i++) {
            if (!withOpen && d.kind[i] == LatenessData.CENSORED) {
                continue;
            }
            double w = d.weight[i] * robust[i];
            double x = d.logAmount[i];
            double t = Math.max(d.months[i], start);
            double target = y[i] - season[d.dueMonth[i]];
            a[0][0] += w;
            a[0][1] += w * x;
            a[0][2] += w * t;
            a[1][1] += w * x * x;
            a[1][2] += w * x * t;
            a[2][2] += w * t * t;
            rhs[0] += w * target;
            rhs[1] += w * x * target;
            rhs[2] += w * t * target;
        }
        a[1][0] = a[0][1];
        a[2][0] = a[0][2];
        a[2][1] = a[1][2];
    }

    /**
     * Extra days per calendar month from the residuals of the year-round fit, each month's median
     * pooled with a little of its neighbours' and pulled to the book's season; recency weights would hide
     * last year's. The last months are left out: a customer getting slower since the summer
     * would otherwise look like one that is slow every summer, and the trend is what says how
     * late it will be next month.
     *
     * <p>The season's departure from the book's is then shrunk as a whole by the James-Stein factor
     * max(0, 1 - k (months - 2) / chi2), chi2 being the months' squared departures over what chance
     * gives a median of so few residuals (pi/2 scale^2 / their count): a customer two invoices a
     * month and 8 days of scatter has medians several days apart by chance, which is no season; a
     * real slow month stands far above that and is kept nearly whole.
     */
    private static double[] season(LatenessData d, double[] y, double[] theta, LatenessPrior prior, double start,
                                   double scale) {
        double[][] values = new double[12][d.size];
        double[][] weights = new double[12][d.size];
        int[] count = new int[12];
        double[] total = new double[12];
        double[] squares = new double[12];
        for (int i = 0; i < d.size; i++) {
            if (d.kind[i] == LatenessData.CENSORED || d.months[i] > -RECENT_MONTHS) {
                continue;
            }
            double r = y[i] - theta[0] - theta[1] * d.logAmount[i] - theta[2] * Math.max(d.months[i], start);
            for (int k = -1; k <= 1; k++) {
                int month = Math.floorMod(d.dueMonth[i] + k, 12);
                double w = k == 0 ? 1 : NEIGHBOUR_MONTH_WEIGHT;
                values[month][count[month]] = r;
                weights[month][count[month]++] = w;
                total[month] += w;
                squares[month] += w * w;
            }
        }
        double[] book = prior.bookSeason();
        double[] s = new double[12];
        double chi2 = 0;
        int seen = 0;
        for (int m = 0; m < 12; m++) {
            // The month's median residual: a month that is always slow moves it, one disputed invoice does not.
            double median = count[m] == 0 ? 0 : WeightedValues.sorted(values[m], weights[m], count[m]).quantile(0.5);
            s[m] = (total[m] * median + prior.seasonPenalty() * book[m]) / (total[m] + prior.seasonPenalty());
            if (count[m] > 0) {
                // Variance of a weighted median by chance: pi/2 scale^2 over the weights' effective count.
                double chance = Math.PI / 2 * scale * scale * squares[m] / (total[m] * total[m]);
                chi2 += Math.pow(median - book[m], 2) / chance;
                seen++;
            }
        }
        double keep = seen < 3 ? 1 : Math.max(0, 1 - SEASON_EVIDENCE * (seen - 2) / Math.max(chi2, 1e-9));
        double mean = 0;
        double bookMean = 0;
        for (int m = 0; m < 12; m++) {
            s[m] = book[m] + keep * (s[m] - book[m]);
            mean += s[m] / 12;
            bookMean += book[m] / 12;
        }
        // The intercept carries the year-round level; the season only moves months against each other.
        for (int m = 0; m < 12; m++) {
            s[m] += bookMean - mean;
        }
        return s;
    }

    /**
     * How far the last weeks sit from the fitted line, weighted by a short half-life and pulled to
     * zero: a customer that became slower (or quicker) lately, more abruptly than a straight trend
     * over the year can follow, is predicted at its new level.
     */
    private static double recentShift(LatenessData d, double[] y, double[] mu, double[] robust) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < d.size; i++) {
            double w = robust[i] * Math.pow(0.5, -Math.min(0, d.months[i]) / SHIFT_HALF_LIFE_MONTHS);
            sum += w * (y[i] - mu[i]);
            weight += w;
        }
        return sum / (weight + SHIFT_PRIOR_WEIGHT);
    }

    /**
     * A run payment's residual as the spread of decision days its interval allows, not one imputed
     * point: whether the next invoice makes this run or the next one is a matter of a few days, and
     * a single point per payment would make the customer look certain of it.
     */
    private static int addInterval(double lo, double hi, double scale, double weight, double[] res, double[] w, int k) {
        double total = 0;
        int from = k;
        for (double z : GRID) {
            double r = z * scale;
            if (r > lo && r <= hi) {
                double p = Normal.density(z);
                res[k] = r;
                w[k++] = p;
                total += p;
            }
        }
        if (total == 0) {
            res[k] = lo > 0 ? lo : hi;
            w[k++] = weight;
            return k;
        }
        for (int j = from; j < k; j++) {
            w[j] *= weight / total;
        }
        return k;
    }

    /**
     * The spread of a customer paying in runs, by EM on its intervals (each gives E[(Y - mu)^2] over
     * its interval, capped like an outlier) with a few pseudo-observations of a usual spread: a
     * customer whose every payment made the expected run says only that its spread is small next to
     * a month, not how small.
     */
    private static double intervalScale(LatenessData d, double[] y, double[] mu, double scale) {
        double cap = Math.pow(ROBUST_CUT * scale, 2);
        double sum = SPREAD_PRIOR_WEIGHT * SPREAD_PRIOR * SPREAD_PRIOR;
        double weight = SPREAD_PRIOR_WEIGHT;
        for (int i = 0; i < d.size; i++) {
            double m2;
            if (d.kind[i] == LatenessData.EXACT) {
                m2 = Math.pow(y[i] - mu[i], 2);
            } else if (d.kind[i] == LatenessData.INTERVAL) {
                m2 = Normal.between(mu[i], scale, d.low[i], d.high[i])[1];
            } else {
                continue;
            }
            sum += d.weight[i] * Math.min(cap, m2);
            weight += d.weight[i];
        }
        return Math.max(MIN_SCALE, Math.sqrt(sum / weight));
    }

    private static double robustScale(LatenessData d, double[] y, double[] mu) {
        double[] dev = new double[d.size];
        double[] w = new double[d.size];
        int k = 0;
        for (int i = 0; i < d.size; i++) {
            if (d.kind[i] == LatenessData.EXACT) {
                dev[k] = Math.abs(y[i] - mu[i]);
                w[k++] = d.weight[i];
            }
        }
        if (k < 3) {
            return 4;
        }
        return Math.max(MIN_SCALE, 1.4826 * WeightedValues.sorted(dev, w, k).quantile(0.5));
    }
}
