package com.orderdesk.logic.kpi;

import static com.orderdesk.logic.kpi.KpiTestLedgers.D;
import static com.orderdesk.logic.kpi.KpiTestLedgers.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard's report on receivables/: previous period and the monthly and weekly series. */
class KpiReportTest {
    private final KpiBook book = KpiTestLedgers.book("receivables");
    private final KpiReport report = book.report(Period.endingOn(D, 90));

    @Test
    void theReportsPeriodFiguresAreTheSameAsAskingForThePeriodAlone() {
        assertThat(report.figures()).isEqualTo(book.figures(D, 90));
    }

    @Test
    void previousPeriodIsTheSameLengthEndingTheDayBefore() {
        // 2026-01-02 .. 2026-04-01: sales I1 1000 + I6 800 = 1800, AR(04-01) = 600 -> 600 / 1800 x 90 = 30.0
        assertThat(report.previous().period()).isEqualTo(new Period(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 1)));
        assertThat(report.previous().dso()).isEqualTo(d("30.0"));
    }

    @Test
    void monthlyDsoIsEachMonthEndsReceivablesOverThatMonthsSales() {
        assertThat(report.byMonth()).extracting(KpiFigures::period).containsExactly(
                new Period(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 30)),
                new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                new Period(LocalDate.of(2026, 6, 1), D));
        KpiFigures may = report.byMonth().get(1);
        // AR(05-31) = I1 600 + I2 2000 + I3 3000 + I7 600 + I9 250 = 6450; May sales I3 3000 + I9 250 = 3250
        // 6450 / 3250 x 31 = 61.52 -> 61.5; current: I3 3000 + I9 250 (due 05-31) -> 3250 / 3250 x 31 = 31.0
        assertThat(may.dso()).isEqualTo(d("61.5"));
        assertThat(may.bestPossibleDso()).isEqualTo(d("31.0"));
        // June: 7700 / 2000 x 30 = 115.5
        assertThat(report.byMonth().get(2).dso()).isEqualTo(d("115.5"));
    }

    @Test
    void weeksAreCalendarWeeksCutToThePeriod() {
        // 2026-04-02 is a Thursday, 2026-06-30 a Tuesday: 4 days, twelve whole weeks, 2 days
        assertThat(report.byWeek()).hasSize(14);
        assertThat(report.byWeek().get(0).period()).isEqualTo(new Period(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 5)));
        assertThat(report.byWeek().get(13).period()).isEqualTo(new Period(LocalDate.of(2026, 6, 29), D));
        assertThat(report.byWeek()).allSatisfy(week -> assertThat(week).isEqualTo(book.figures(week.period())));
    }

    @Test
    void agingDrillDownListsTheInvoicesOfEachBucket() {
        KpiDrillDown drill = book.drillDown();
        assertThat(drill.openInvoices(D, AgingBucket.OVER_90)).containsExactly("I1");
        assertThat(drill.openInvoices(D, AgingBucket.DAYS_61_90)).containsExactly("I7");
        assertThat(drill.openInvoices(D, AgingBucket.DAYS_31_60)).containsExactly("I2");
        assertThat(drill.openInvoices(D, AgingBucket.DAYS_1_30)).containsExactly("I3");
        assertThat(drill.openInvoices(D, AgingBucket.CURRENT)).containsExactly("I4", "I5");
        assertThat(drill.openInvoices(D, null)).containsExactly("I1", "I7", "I2", "I3", "I4", "I5");
        assertThat(drill.invoicesIssued(Period.endingOn(D, 90))).containsExactly("I7", "I2", "I9", "I3", "I4", "I5");
    }
}
