package com.orderdesk.logic.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (4 December, "Trend and runs"): a customer's own season must show above the noise of
 * its few invoices per calendar month before it moves a prediction. Each month's median residual
 * of a customer paying 8 days either side of its habit scatters by several days by chance; taken
 * as a season, that scatter moved every prediction of customers that have none.
 */
class PredictSeasonEvidenceTest {
    private static final double[] FLAT = new double[12];

    @Test
    void noisyCustomersWithoutASeasonGetLittleOrNone() {
        // Twenty customers paying 5 days late, 8 days either side, no season: their strongest
        // month departed by 3.5 days on average before (up to 5.2), chance alone.
        Random random = new Random(21);
        double meanStrongest = 0;
        for (int c = 0; c < 20; c++) {
            LatenessModel m = fit(random, 8, 0);
            double strongest = 0;
            for (double s : m.season()) {
                strongest = Math.max(strongest, Math.abs(s));
            }
            meanStrongest += strongest / 20;
        }
        assertThat(meanStrongest).isLessThan(1.5);
    }

    @Test
    void realSeasonIsKept() {
        // Twelve days later on invoices due in December and January, 4 days of noise: well above
        // chance, so the shrinking keeps most of what the months' medians show (the pull to the
        // book's flat season takes its share first, as before).
        LatenessModel m = fit(new Random(22), 4, 12);
        double others = 0;
        for (int month = 2; month < 11; month++) {
            others += m.season()[month] / 9;
        }
        assertThat(m.season()[11] - others).isGreaterThan(4);
        assertThat(m.season()[0] - others).isGreaterThan(2.5);
        assertThat(m.season()[5] - others).isLessThan(1);
    }

    /** Two exact payments a month for 30 months, 5 days late on average, {@code bump} days more in December and January. */
    private static LatenessModel fit(Random random, double noise, double bump) {
        LatenessData d = new LatenessData();
        for (int k = 0; k < 60; k++) {
            double months = -30 + k / 2.0;
            int calendarMonth = Math.floorMod(10 + (int) Math.floor(months + 0.5), 12); // as of late November
            double late = 5 + noise * random.nextGaussian() + (calendarMonth == 11 || calendarMonth == 0 ? bump : 0);
            d.add(LatenessData.EXACT, late, late, 0, months, calendarMonth, Math.pow(0.5, -months / 9));
        }
        LatenessPrior prior = new LatenessPrior(5, 2, 3, 120, 4, FLAT);
        return LatenessRegression.fit(d, prior, true);
    }
}
