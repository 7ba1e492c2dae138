package com.orderdesk.logic.prediction;

import static com.orderdesk.logic.prediction.TestBook.AS_OF;
import static com.orderdesk.logic.prediction.TestBook.weekday;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The model change of issue 15 (4 December): a trend that starts at a change point, the evidence
 * of a new customer's unpaid invoices, and a stopped customer's invoices not yet due.
 */
class PredictModelChangeTest {

    @Test
    void changePointIsFoundForACustomerThatWorsensAfterAMonth() {
        TestBook book = new TestBook().background(20);
        Random random = new Random(11);
        LocalDate change = LocalDate.of(2026, 5, 1); // on time until May, then 3 days later every month
        for (LocalDate d = AS_OF.minusMonths(24); d.isBefore(AS_OF.minusDays(40)); d = d.plusDays(5 + random.nextInt(4))) {
            LocalDate issued = weekday(d);
            LocalDate due = issued.plusDays(30);
            double monthsSince = Math.max(0, (due.toEpochDay() - change.toEpochDay()) / 30.44);
            long late = Math.round(1 + 3 * monthsSince + random.nextGaussian());
            LocalDate paidOn = weekday(due.plusDays(late));
            if (paidOn.isAfter(AS_OF)) {
                book.open("W-" + issued, "W1", issued, 30, "NET 30", 700);
            } else {
                book.paid("W1", issued, 30, "NET 30", 700, paidOn);
            }
        }
        book.open("OPEN", "W1", AS_OF.minusDays(2), 30, "NET 30", 700);
        PaymentOutlook outlook = book.predict();
        PaymentPrediction p = book.prediction(outlook, "OPEN");
        long dueDay = AS_OF.minusDays(2).plusDays(30).toEpochDay();
        // Truth at its due date: 1 + 3 x 7.9 months = about 25 days late; the trend's ridge holds it
        // back (it was 17 on 4 December), but well past the year's average of about 8 days late.
        assertThat(p.expectedPayDate().toEpochDay() - dueDay).isGreaterThan(14);
        CustomerBehaviour behaviour = outlook.behaviourOf("W1").orElseThrow();
        assertThat(behaviour.trendDaysPerMonth()).isGreaterThan(1.2);
        // One line over two years would be flat at first and too shallow now; the bend is named.
        assertThat(behaviour.summary()).containsPattern("trend worsening \\(\\+\\d\\.\\d days/month\\) since (March|April|May|June) 2026");
        assertThat(p.reason()).containsPattern("trend \\+\\d\\.\\d days/month since (March|April|May|June) 2026");
    }

    @Test
    void customerWithALineTrendKeepsItsLine() {
        TestBook book = new TestBook().background(20);
        Random random = new Random(12);
        for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusDays(60)); d = d.plusDays(5 + random.nextInt(4))) {
            LocalDate issued = weekday(d);
            double monthsAgo = (AS_OF.toEpochDay() - issued.toEpochDay()) / 30.44;
            book.paid("L1", issued, 30, "NET 30", 700, weekday(issued.plusDays(30 + Math.round(2 + 20 - 1.5 * monthsAgo))));
        }
        book.open("OPEN", "L1", AS_OF.minusDays(2), 30, "NET 30", 700);
        PaymentOutlook outlook = book.predict();
        assertThat(outlook.behaviourOf("L1").orElseThrow().summary()).contains("trend worsening").doesNotContain(" since ");
    }

    @Test
    void unpaidOverdueInvoicesRaiseANewCustomersPLate30() {
        TestBook quiet = spreadBook();
        quiet.open("NEXT", "NEW", AS_OF.minusDays(20), 30, "NET 30", 500);
        TestBook overdue = spreadBook();
        overdue.open("NEXT", "NEW", AS_OF.minusDays(20), 30, "NET 30", 500);
        overdue.open("OLD1", "NEW", AS_OF.minusDays(56), 30, "NET 30", 500); // 26 days past due, unpaid
        overdue.open("OLD2", "NEW", AS_OF.minusDays(52), 30, "NET 30", 500); // 22 days past due, unpaid
        PaymentPrediction before = quiet.prediction(quiet.predict(), "NEXT");
        PaymentOutlook outlook = overdue.predict();
        PaymentPrediction after = overdue.prediction(outlook, "NEXT");
        // Not judged stopped (its invoices are within the book's slow dates): the evidence does it.
        assertThat(outlook.behaviourOf("NEW").orElseThrow().stoppedPaying()).isFalse();
        assertThat(after.reason()).startsWith("no payment history");
        assertThat(after.pLate30()).isGreaterThan(before.pLate30() + 0.1).isGreaterThan(3 * before.pLate30());
        assertThat(after.expectedPayDate()).isAfter(before.expectedPayDate());
    }

    @Test
    void stoppedCustomersInvoiceNotYetDueIsLikelyPaidVeryLate() {
        TestBook book = new TestBook().background(20);
        for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusMonths(4)); d = d.plusDays(7)) {
            LocalDate issued = weekday(d);
            book.paid("S1", issued, 30, "NET 30", 500, weekday(issued.plusDays(32)));
        }
        for (int k = 0; k < 5; k++) {
            book.open("S" + k, "S1", weekday(AS_OF.minusMonths(4).plusDays(21L * k)), 30, "NET 30", 500);
        }
        book.open("NOT-DUE", "S1", AS_OF.minusDays(3), 30, "NET 30", 500);
        PaymentOutlook outlook = book.predict();
        PaymentPrediction p = book.prediction(outlook, "NOT-DUE");
        assertThat(outlook.behaviourOf("S1").orElseThrow().stoppedPaying()).isTrue();
        assertThat(p.pLate30()).isGreaterThan(0.8);
        assertThat(p.reason()).startsWith("has stopped paying");
    }

    /** A book whose NET 30 customers pay anywhere from on time to a month late. */
    private static TestBook spreadBook() {
        TestBook book = new TestBook();
        Random random = new Random(13);
        for (int c = 0; c < 30; c++) {
            int habit = c; // customer c pays about c days late
            for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusDays(75)); d = d.plusDays(20 + random.nextInt(20))) {
                LocalDate issued = weekday(d);
                book.paid("B" + c, issued, 30, "NET 30", 500 + random.nextInt(1000),
                        weekday(issued.plusDays(30 + habit + random.nextInt(3))));
            }
        }
        return book;
    }
}
