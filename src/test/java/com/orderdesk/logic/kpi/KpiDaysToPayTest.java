package com.orderdesk.logic.kpi;

import static com.orderdesk.logic.kpi.KpiTestLedgers.D;
import static com.orderdesk.logic.kpi.KpiTestLedgers.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * days_to_pay against days-to-pay/ (P = 30: 2026-06-01 .. 2026-06-30). Paid in the period:
 * K11 06-03 (2 days), K1 06-05 (35), K5 06-10 (0: its payment is dated 06-08, before the invoice,
 * and counts from the invoice date), K10 06-12 (38, overpaid counts as reaching zero), K4 06-15
 * (26, by a credit memo), K2 06-20 (41: paid 06-02, reversed 06-08, paid again: the last time
 * counts), K7 06-28 (44: reversed 07-02, after D), K9 06-30 (121, written off).
 * Not paid: K3 (paid 06-10, reversed 06-25, open at D), K6 (paid 05-25, before the period),
 * K8 (paid 07-03, after D).
 */
class KpiDaysToPayTest {
    private final KpiBook book = KpiTestLedgers.book("days-to-pay");
    private final Period june = Period.endingOn(D, 30);

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // 0, 2, 26, 35 | 38, 41, 44, 121 -> (35 + 38) / 2
        KpiFigures f = book.figures(june);
        assertThat(f.basis().invoicesPaid()).isEqualTo(8);
        assertThat(f.daysToPay()).isEqualTo(d("36.5"));
    }

    @Test
    void drillDownListsThePaidInvoicesByPaidDate() {
        assertThat(book.drillDown().invoicesPaid(june)).containsExactly("K11", "K1", "K5", "K10", "K4", "K2", "K7", "K9");
    }

    @Test
    void aPaymentReversedLaterInThePeriodIsNotPaid() {
        assertThat(book.drillDown().invoicesPaid(june)).doesNotContain("K3");
        // ...but a week that ends before the reversal saw it paid: 06-08..06-14 holds K5 (06-10),
        // K10 (06-12) and K3 (06-10, reversed only on 06-25): 0, 38 and 70 days.
        KpiFigures week = book.figures(new Period(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14)));
        assertThat(book.drillDown().invoicesPaid(week.period())).containsExactly("K3", "K5", "K10");
        assertThat(week.daysToPay()).isEqualTo(d("38.0"));
    }

    @Test
    void paidThenReopenedThenPaidAgainCountsOnceAtTheLastPayment() {
        // K2 alone: the week 06-01..06-07 saw it paid on 06-02 (reversed 06-08, after that week)
        KpiFigures firstWeek = book.figures(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)));
        assertThat(book.drillDown().invoicesPaid(firstWeek.period())).containsExactly("K2", "K11", "K1");
        // In June as a whole, K2 is paid once, on 06-20: 41 days
        assertThat(book.drillDown().invoicesPaid(june)).containsOnlyOnce("K2");
        KpiFigures k2Week = book.figures(new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 21)));
        assertThat(book.drillDown().invoicesPaid(k2Week.period())).containsExactly("K4", "K2");
        assertThat(k2Week.daysToPay()).isEqualTo(d("33.5")); // (26 + 41) / 2
    }

    @Test
    void receivablesIgnoreSettlementsAfterTheAsOfDate() {
        // Open at D: K3 300 (reversed), K8 700 (paid 07-03), K10 -10 (overpaid); K7's reversal of 07-02 not yet
        KpiFigures f = book.figures(june);
        assertThat(f.arTotal()).isEqualTo(d("990.00"));
        assertThat(book.drillDown().openInvoices(D, null)).containsExactly("K3", "K10", "K8");
        // 990 + K7 600 back (07-02) - K8 700 paid (07-03)
        assertThat(book.figures(D.plusDays(3), 30).arTotal()).isEqualTo(d("890.00"));
    }

    @Test
    void noInvoicePaidGivesNull() {
        KpiFigures may = book.figures(new Period(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 31)));
        assertThat(may.basis().invoicesPaid()).isZero();
        assertThat(may.daysToPay()).isNull();
    }
}
