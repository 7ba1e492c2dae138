package com.orderdesk.logic.prediction;

import static com.orderdesk.logic.prediction.TestBook.AS_OF;
import static com.orderdesk.logic.prediction.TestBook.weekday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (4 December, "Spread and floor"): p_late_30 is a tail probability, so how wide the
 * engine believes a customer's next date scatters, and how likely any invoice is to be paid very
 * late whatever the customer's habit, cost the Brier score directly. A customer's own residuals
 * are widened by the uncertainty of a fit on few payments, and the calibration curve learnt from
 * the book's trial run may have a floor.
 */
class PredictSpreadCalibrationTest {

    @Test
    void calibrationLearnsAFloorOfInvoicesPaidVeryLateWhateverTheEngineSaid() {
        // The raw figure ranks the invoices well, but one in forty is paid very late whatever it
        // said (a dispute): a logistic curve on logit p cannot lift 0.001 to 0.025 without
        // flattening everything above it.
        Random random = new Random(41);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double raw = Math.pow(random.nextDouble(), 2);
            double clipped = Math.max(0.002, Math.min(0.998, raw));
            x[i] = Math.log(clipped / (1 - clipped));
            double trueP = 0.025 + 0.975 * raw;
            y[i] = random.nextDouble() < trueP ? 1 : 0;
        }
        LateRiskCalibration c = LateRiskCalibration.fit(x, y);
        assertThat(c.apply(0.001)).isBetween(0.015, 0.035);
        assertThat(c.apply(0.5)).isCloseTo(0.5125, within(0.04));
        assertThat(c.apply(0.95)).isCloseTo(0.951, within(0.03));
        // Without that floor no floor is taken: the low end stays low.
        for (int i = 0; i < n; i++) {
            double raw = 1 / (1 + Math.exp(-x[i]));
            y[i] = random.nextDouble() < raw ? 1 : 0;
        }
        LateRiskCalibration none = LateRiskCalibration.fit(x, y);
        assertThat(none.apply(0.002)).isLessThan(0.007);
        assertThat(none.apply(0.5)).isCloseTo(0.5, within(0.04));
    }

    @Test
    void aTrialWhereTheEngineWasSureAndWrongStillGivesAFiniteCurve() {
        // The 100,000-customer demo book's trial, in its shape: the engine said p = 0 (logit clipped
        // at 0.002) for 7,983 invoices of which 1,031 were paid more than 30 days late, and 1 for
        // 547 still open 30 days past due. The fit's steps carried logistic(a + b x) to exactly 0 or
        // 1 in double precision, where the score written as (y - q) q' / (q (1 - q)) was 0/0: every
        // coefficient NaN, no curve, and the collections run stopped on a NullPointerException.
        double top = Math.log(0.998 / 0.002);
        List<double[]> cases = new ArrayList<>();
        add(cases, -top, 0, 6_952);
        add(cases, -top, 1, 1_031);
        add(cases, top, 1, 544);
        add(cases, top, 0, 3);
        add(cases, -1.0, 0, 72);
        add(cases, -1.0, 1, 36);
        add(cases, 1.5, 1, 99);
        add(cases, 1.5, 0, 6);
        add(cases, 2.3, 1, 128);
        double[] x = cases.stream().mapToDouble(c -> c[0]).toArray();
        double[] y = cases.stream().mapToDouble(c -> c[1]).toArray();
        LateRiskCalibration c = LateRiskCalibration.fit(x, y);
        // what the book says: "sure in time" was late one time in eight, "sure late" nearly always
        assertThat(c.apply(0.002)).as(c.toString()).isCloseTo(1_031 / 7_983.0, within(0.03));
        assertThat(c.apply(0.998)).as(c.toString()).isGreaterThan(0.9);
        for (double p = 0.001; p < 1; p += 0.05) {
            assertThat(c.apply(p)).as("p' at %s", p).isBetween(0.0, 1.0);
        }
    }

    private static void add(List<double[]> cases, double x, double y, int count) {
        for (int i = 0; i < count; i++) {
            cases.add(new double[] {x, y});
        }
    }

    @Test
    void fewPaymentsWidenTheCustomersOwnSpread() {
        assertThat(OpenInvoiceForecaster.ownResidualWidening(0)).isEqualTo(1);
        assertThat(OpenInvoiceForecaster.ownResidualWidening(12)).isCloseTo(Math.sqrt(1 + 5 / 12.0), within(1e-9));
        assertThat(OpenInvoiceForecaster.ownResidualWidening(100)).isLessThan(1.03);
    }

    @Test
    void customerWithFewPaymentsIsLessSureOfItsNextDateThanItsResidualsSay() {
        // Six payments over the last half year, 10 days late give or take 4; the book's other
        // customers pay on the day. Its own residuals stop at +4 days; six payments do not say
        // its habit that precisely, and its next invoice may well come later than any of them.
        TestBook book = new TestBook().background(60);
        int[] late = {6, 8, 10, 10, 12, 14};
        for (int k = 0; k < late.length; k++) {
            LocalDate issued = weekday(AS_OF.minusDays(200 - 30L * k));
            LocalDate due = issued.plusDays(30);
            book.paid("FEW", issued, 30, "NET 30", 800, weekday(due.plusDays(late[k])));
        }
        book.open("NEXT", "FEW", AS_OF.minusDays(25), 30, "NET 30", 800);
        PaymentPrediction p = book.prediction(book.predict(), "NEXT");
        LocalDate due = AS_OF.minusDays(25).plusDays(30);
        // Its residuals alone (the latest paid 14 days late, 4 above its habit) left 15 % after
        // due + 14, a weekend of arrivals apart; widened by sqrt(1 + 5 / its six recent payments' worth), 42 %.
        assertThat(p.expectedPayDate()).isBetween(due.plusDays(10), due.plusDays(14));
        assertThat(p.distribution().probabilityAfter(due.plusDays(14))).isGreaterThan(0.3);
        assertThat(p.distribution().probabilityAfter(due.plusDays(22))).isLessThan(0.05);
    }
}
