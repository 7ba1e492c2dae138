package com.orderdesk.logic.prediction;

import static com.orderdesk.logic.prediction.TestBook.AS_OF;
import static com.orderdesk.logic.prediction.TestBook.weekday;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's parts that are not one customer's habit: runs on weekends, closed days, calibration, the cash forecast. */
class PredictMechanicsTest {

    @Test
    void monthlyRunOnAWeekendMovesToMondayOrFriday() {
        LocalDate saturday = LocalDate.of(2026, 7, 25);
        PaymentRun forward = PaymentRun.monthly(new int[] {25}, false);
        PaymentRun backward = PaymentRun.monthly(new int[] {25}, true);
        assertThat(LocalDate.ofEpochDay(forward.onOrAfter(LocalDate.of(2026, 7, 20).toEpochDay()))).isEqualTo(saturday.plusDays(2));
        assertThat(LocalDate.ofEpochDay(backward.onOrAfter(LocalDate.of(2026, 7, 20).toEpochDay()))).isEqualTo(saturday.minusDays(1));
        PaymentRun lastDay = PaymentRun.monthly(new int[] {15, PaymentRun.LAST_DAY}, false);
        assertThat(LocalDate.ofEpochDay(lastDay.onOrAfter(LocalDate.of(2026, 2, 17).toEpochDay()))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(LocalDate.ofEpochDay(lastDay.onOrAfter(LocalDate.of(2026, 2, 10).toEpochDay()))).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(lastDay.describe()).isEqualTo("on the 15th and the last day of the month");
    }

    @Test
    void dayTheBookWasClosedLastYearGetsNoMoneyThisYear() {
        TestBook book = new TestBook();
        Random random = new Random(1);
        // Forty customers paying every weekday, except over the year-end closure of 2025.
        for (LocalDate d = LocalDate.of(2025, 9, 1); d.isBefore(AS_OF.minusDays(2)); d = d.plusDays(1)) {
            boolean closed = d.isAfter(LocalDate.of(2025, 12, 22)) && d.isBefore(LocalDate.of(2026, 1, 3));
            if (d.getDayOfWeek().getValue() > 5 || closed) {
                continue;
            }
            for (int k = 0; k < 10; k++) {
                book.paid("C" + random.nextInt(40), d.minusDays(30), 30, "NET 30", 100, d);
            }
        }
        book.open("OPEN", "C1", LocalDate.of(2026, 11, 24), 30, "NET 30", 100); // due Thursday 24 Dec
        PaymentPrediction p = book.prediction(book.predict(), "OPEN");
        assertThat(p.expectedPayDate()).isAfter(LocalDate.of(2026, 12, 31));
        assertThat(p.distribution().probabilityBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 1))).isZero();
    }

    @Test
    void calibrationLearnsThatRawProbabilitiesAreTooConfident() {
        Random random = new Random(2);
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double raw = random.nextDouble();
            double trueP = 0.25 + 0.5 * raw; // the raw figure overstates both ends
            x[i] = Math.log(Math.max(0.002, Math.min(0.998, raw)) / (1 - Math.max(0.002, Math.min(0.998, raw))));
            y[i] = random.nextDouble() < trueP ? 1 : 0;
        }
        LateRiskCalibration c = LateRiskCalibration.fit(x, y);
        assertThat(c.apply(0.02)).isBetween(0.15, 0.35);
        assertThat(c.apply(0.98)).isBetween(0.65, 0.85);
        assertThat(c.apply(0.5)).isBetween(0.45, 0.55);
    }

    @Test
    void cashForecastSpreadsEachInvoiceOverItsLikelyWeeks() {
        TestBook book = new TestBook().background(10);
        book.open("A", "BG1", AS_OF.minusDays(10), 30, "NET 30", 1000);
        book.open("B", "NOBODY", AS_OF, 30, "NET 30", 500);
        PaymentOutlook outlook = book.predict();
        List<WeeklyCashIn> weeks = outlook.cashInForecast();
        assertThat(weeks).hasSize(13);
        assertThat(weeks.get(0).weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(weeks.get(0).weekStart()).isBeforeOrEqualTo(AS_OF.plusDays(1));
        assertThat(weeks.get(12).weekEnd()).isEqualTo(outlook.horizon().lastDay());
        BigDecimal total = weeks.stream().map(WeeklyCashIn::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isBetween(new BigDecimal("1490"), new BigDecimal("1500.01"));
        int weekOfA = outlook.horizon().weekOf(book.prediction(outlook, "A").expectedPayDate());
        assertThat(weeks.get(weekOfA).expected()).isGreaterThan(new BigDecimal("400"));
    }

    @Test
    void sameBookGivesTheSamePredictions() {
        TestBook book = new TestBook().background(15);
        book.open("A", "BG3", weekday(AS_OF.minusDays(40)), 30, "NET 30", 1000);
        List<PaymentPrediction> first = book.predict().predictions();
        List<PaymentPrediction> second = book.predict().predictions();
        assertThat(second).extracting(PaymentPrediction::expectedPayDate, PaymentPrediction::pLate30, PaymentPrediction::reason)
                .containsExactlyElementsOf(first.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.expectedPayDate(),
                        p.pLate30(), p.reason())).toList());
    }
}
