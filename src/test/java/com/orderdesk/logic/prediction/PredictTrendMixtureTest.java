package com.orderdesk.logic.prediction;

import static com.orderdesk.logic.prediction.TestBook.AS_OF;
import static com.orderdesk.logic.prediction.TestBook.weekday;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (4 December, "Trend learnt from the book"): how often and how strongly customers drift
 * is learnt from the whole book (a mixture over every established customer's trend), and one
 * customer's trend is its posterior under that mixture instead of a fixed ridge: a slope that
 * noise explains is dropped, one it cannot explain is kept nearly whole.
 */
class PredictTrendMixtureTest {

    @Test
    void bookLearnsHowOftenAndHowStronglyCustomersDrift() {
        // 340 steady customers, 40 getting 1.5 days/month slower, 20 getting 1 day/month quicker,
        // each trend estimated with a spread of 0.15 days/month.
        Random random = new Random(31);
        List<double[]> estimates = new ArrayList<>();
        double v = 0.15 * 0.15;
        for (int c = 0; c < 400; c++) {
            double truth = c < 340 ? 0 : c < 380 ? 1.5 + 0.3 * random.nextGaussian() : -1 + 0.2 * random.nextGaussian();
            estimates.add(new double[] {truth + 0.15 * random.nextGaussian(), v});
        }
        TrendMixture m = TrendMixture.fit(estimates);
        assertThat(m.share(0)).isBetween(0.78, 0.92);
        assertThat(m.mean(1)).isBetween(1.2, 1.8);
        assertThat(m.mean(2)).isBetween(-1.3, -0.7);
        // A slope of 1.7 sampling spreads is what noise gives among 340 steady customers: dropped.
        assertThat(m.posteriorMean(0.25, v)).isBetween(-0.05, 0.05);
        // One of 9 spreads is not: kept nearly whole.
        assertThat(m.posteriorMean(1.4, v)).isGreaterThan(1.25);
        assertThat(m.posteriorMean(-1.0, v)).isLessThan(-0.85);
    }

    @Test
    void customerEstimateLeavesOutInvoicesDueInTheLastTwoMonths() {
        // A steady customer 20 days late, 8 days either side. Of the invoices due in the last weeks
        // only the quick ones are paid yet; counted, they would bend its line down (over a book's
        // customers, on average: for this one by 0.003 days/month). Its estimate must be the one
        // the whole truth (every invoice paid) gives.
        Random random = new Random(32);
        List<PaidInvoice> paidByNow = new ArrayList<>();
        List<PaidInvoice> paidInTheEnd = new ArrayList<>();
        int n = 0;
        for (LocalDate d = AS_OF.minusMonths(24); d.isBefore(AS_OF); d = d.plusDays(4)) {
            LocalDate issued = weekday(d);
            LocalDate paidOn = issued.plusDays(30 + Math.max(0, Math.round(20 + 8 * random.nextGaussian())));
            PaidInvoice p = new PaidInvoice("P" + n++, "S1", issued, issued.plusDays(30), TestBook.money(500), "NET 30", paidOn);
            paidInTheEnd.add(p);
            if (!paidOn.isAfter(AS_OF)) {
                paidByNow.add(p);
            }
        }
        assertThat(paidByNow.size()).isLessThan(paidInTheEnd.size() - 10);
        double[] byNow = TrendMixture.estimate(paidByNow, new TermsCatalog(), AS_OF.toEpochDay(), 9);
        double[] inTheEnd = TrendMixture.estimate(paidInTheEnd, new TermsCatalog(), AS_OF.toEpochDay(), 9);
        assertThat(byNow[0]).isCloseTo(inTheEnd[0], org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void steadyCustomersLoseChanceSlopesAndDriftingOnesKeepTheirs() {
        // A book of 60 steady customers and 12 getting 2 days/month slower over the last year:
        // enough for the mixture. A noisy steady customer takes (nearly) no trend; a drifting one
        // keeps most of its 2 days/month (the fixed ridge of 200 held such a customer to about half).
        TestBook book = new TestBook().background(60);
        Random random = new Random(33);
        for (int c = 0; c < 12; c++) {
            drifting(book, "W" + c, random);
        }
        for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusDays(45)); d = d.plusDays(7 + random.nextInt(6))) {
            LocalDate issued = weekday(d);
            book.paid("N1", issued, 30, "NET 30", 700, weekday(issued.plusDays(30 + Math.round(8 + 6 * random.nextGaussian()))));
        }
        book.open("N-OPEN", "N1", AS_OF.minusDays(5), 30, "NET 30", 700);
        book.open("W-OPEN", "W0", AS_OF.minusDays(5), 30, "NET 30", 700);
        PaymentOutlook outlook = book.predict();
        assertThat(outlook.behaviourOf("W0").orElseThrow().trendDaysPerMonth()).isGreaterThan(1.5);
        assertThat(Math.abs(outlook.behaviourOf("N1").orElseThrow().trendDaysPerMonth())).isLessThan(0.1);
        assertThat(TrendMixture.learn(Map.of("N1", book.paid.stream().filter(p -> p.customerNo().equals("N1")).toList()),
                new TermsCatalog(), AS_OF.toEpochDay(), 9)).isNull(); // one customer cannot tell the book's drift
    }

    /** 2 days late a year ago, 2 days/month later since, 1.5 days either side; invoices not yet paid stay open. */
    private static void drifting(TestBook book, String customer, Random random) {
        for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusDays(35)); d = d.plusDays(6 + random.nextInt(5))) {
            LocalDate issued = weekday(d);
            double monthsAgo = (AS_OF.toEpochDay() - issued.toEpochDay()) / 30.44;
            long late = Math.round(2 + 2 * Math.max(0, 12 - monthsAgo) + 1.5 * random.nextGaussian());
            LocalDate paidOn = weekday(issued.plusDays(30 + late));
            if (paidOn.isAfter(AS_OF)) {
                book.open(customer + "-" + issued, customer, issued, 30, "NET 30", 700);
            } else {
                book.paid(customer, issued, 30, "NET 30", 700, paidOn);
            }
        }
    }
}
