package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.kpi.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the DSO chart names its months: whole ones by month and year, cut ones by the days they count. */
class DashboardChartsTest {
    private static Period days(String first, String last) {
        return new Period(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void aWholeMonthIsNamedByMonthAndYearAMonthThePeriodCutsByItsDays() {
        assertThat(ChartData.monthLabel(days("2026-10-01", "2026-10-31"))).isEqualTo("Oct 2026");
        assertThat(ChartData.monthLabel(days("2026-02-01", "2026-02-28"))).isEqualTo("Feb 2026");
        // the last 90 days to 6 December 2026: the first month from the 8th, the current one to the 6th
        assertThat(ChartData.monthLabel(days("2026-09-08", "2026-09-30"))).isEqualTo("Sep 8\u201330");
        assertThat(ChartData.monthLabel(days("2026-12-01", "2026-12-06"))).isEqualTo("Dec 1\u20136");
        assertThat(ChartData.monthLabel(days("2026-11-01", "2026-11-29"))).as("a day short of the month").isEqualTo("Nov 1\u201329");
        assertThat(ChartData.monthLabel(days("2026-12-06", "2026-12-06"))).as("one day").isEqualTo("Dec 6");
    }
}
