package com.orderdesk.logic.kpi;

import static com.orderdesk.logic.kpi.KpiTestLedgers.D;
import static com.orderdesk.logic.kpi.KpiTestLedgers.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Receivables figures against ledgers computed by hand (src/test/resources/kpi). As of
 * 2026-06-30 with P = 90 the period is 2026-04-02 .. 2026-06-30.
 */
class KpiReceivablesTest {

    /*
     * receivables/: open at D
     *   I1 1000 - 400          = 600   due 02-09, 141 days past due -> over_90
     *   I2 2000 - 500          = 1500  due 05-15, 46 -> 31-60
     *   I3 3000                        due 06-19, 11 -> 1-30
     *   I4 1500 (paid 07-05, after D: ignored)   due 07-10 -> current
     *   I5 500, issued on D            due 07-30 -> current
     *   I6 800 - 784 - 16      = 0
     *   I7 700 - 100 deduction = 600   due 04-20, 71 -> 61-90
     *   I9 250 - 250 (paid on D) = 0
     * AR(D) = 7700, current(D) = 2000
     * S = I2 2000 + I3 3000 + I4 1500 + I5 500 + I7 700 + I9 250 = 7950
     * AR(D-P) = AR(04-01) = I1 600 + I6 0 = 600
     */
    private final KpiFigures f = KpiTestLedgers.book("receivables").figures(D, 90);

    @Test
    void receivablesAndAgingAtTheAsOfDate() {
        assertThat(f.period()).isEqualTo(new Period(java.time.LocalDate.of(2026, 4, 2), D));
        assertThat(f.arTotal()).isEqualTo(d("7700.00"));
        assertThat(f.arCurrent()).isEqualTo(d("2000.00"));
        assertThat(f.aging()).isEqualTo(new Aging(d("2000.00"), d("3000.00"), d("1500.00"), d("600.00"), d("600.00")));
        assertThat(f.basis().sales()).isEqualTo(d("7950.00"));
        assertThat(f.basis().openingReceivables()).isEqualTo(d("600.00"));
    }

    @Test
    void dsoBestPossibleAndDelinquentDays() {
        // 7700 / 7950 x 90 = 87.1698 -> 87.2 ; 2000 / 7950 x 90 = 22.6415 -> 22.6
        assertThat(f.dso()).isEqualTo(d("87.2"));
        assertThat(f.bestPossibleDso()).isEqualTo(d("22.6"));
        // The difference of the published figures (87.2 - 22.6), not 5700 / 7950 x 90 = 64.5283 -> 64.5.
        assertThat(f.averageDaysDelinquent()).isEqualTo(d("64.6"));
    }

    @Test
    void countbackWalksBackThroughThirtyDayBlocks() {
        // r = 7700; block 06-01..06-30 sales 2000 (I4, I5): n = 30, r = 5700;
        // block 05-02..05-31 sales 3000 (I3): n = 60, r = 2700;
        // block 04-02..05-01 sales 2950 (I2, I7, I9) >= r: n = 60 + 30 x 2700 / 2950 = 87.457 -> 87.5
        assertThat(f.dsoCountback()).isEqualTo(d("87.5"));
    }

    @Test
    void collectionEffectivenessIndex() {
        // 100 x (600 + 7950 - 7700) / (600 + 7950 - 2000) = 100 x 850 / 6550 = 12.977 -> 12.98
        assertThat(f.cei()).isEqualTo(d("12.98"));
    }

    @Test
    void anInvoiceIssuedOnTheAsOfDateCountsInReceivablesAndSales() {
        KpiFigures dayBefore = KpiTestLedgers.book("receivables").figures(D.minusDays(1), 90);
        // On 06-29 I5 (500, issued 06-30) is not there yet, and I9's payment of 06-30 has not come:
        // AR = 7700 - 500 + 250 = 7450.
        assertThat(dayBefore.arTotal()).isEqualTo(d("7450.00"));
        assertThat(f.arTotal().subtract(dayBefore.arTotal())).isEqualTo(d("250.00"));
    }

    @Test
    void settlementsAfterTheAsOfDateAreIgnored() {
        // I4's 1500 arrives 07-05: as of 07-05 it is gone, as of D it is still owed.
        KpiFigures later = KpiTestLedgers.book("receivables").figures(D.plusDays(5), 90);
        assertThat(later.aging().current()).isEqualTo(d("500.00"));
        assertThat(f.aging().current()).isEqualTo(d("2000.00"));
    }

    @Test
    void aPeriodWithNoSalesHasNoDsoButStillACountbackAndCei() {
        // no-sales/: J1 1200 (01-15, due 02-14) and J2 600 (05-10, due 06-09), nothing paid; P = 30: 06-01..06-30
        KpiFigures noSales = KpiTestLedgers.book("no-sales").figures(D, 30);
        assertThat(noSales.basis().sales()).isEqualTo(d("0.00"));
        assertThat(noSales.dso()).isNull();
        assertThat(noSales.bestPossibleDso()).isNull();
        assertThat(noSales.averageDaysDelinquent()).isNull();
        assertThat(noSales.arTotal()).isEqualTo(d("1800.00"));
        // 100 x (1800 + 0 - 1800) / (1800 + 0 - 0) = 0
        assertThat(noSales.cei()).isEqualTo(d("0.00"));
        // r = 1800: block 0 (06-01..06-30) empty +30; block 1 (05-02..05-31) 600: +30, r = 1200;
        // blocks 2, 3, 4 empty +90; block 5 (01-02..01-31) 1200 >= r: +30 x 1200 / 1200 = 180.0
        assertThat(noSales.dsoCountback()).isEqualTo(d("180.0"));
    }

    @Test
    void countbackStopsAt360Days() {
        // countback-cap/: OLD 5000 from 2024 (beyond 360 days) and NEW 100 on 06-15: after block 0,
        // r = 5000 and the eleven blocks left have no sales: 30 + 11 x 30 = 360
        KpiFigures capped = KpiTestLedgers.book("countback-cap").figures(D, 90);
        assertThat(capped.dsoCountback()).isEqualTo(d("360.0"));
        assertThat(capped.dso()).isEqualTo(d("4590.0")); // 5100 / 100 x 90: DSO itself has no cap
    }

    @Test
    void nothingOwedTakesNoCountbackDays() {
        // operations/ has no invoices at all: AR 0 and no sales in any block
        KpiFigures empty = KpiTestLedgers.book("operations").figures(D, 90);
        assertThat(empty.arTotal()).isEqualTo(d("0.00"));
        assertThat(empty.dsoCountback()).isEqualTo(d("0.0"));
        assertThat(empty.cei()).isNull();
        assertThat(empty.dso()).isNull();
        assertThat(empty.daysToPay()).isNull();
    }
}
