package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {
    @Test
    void theContractsPeriodIsThePDaysEndingOnD() {
        Period p = Period.endingOn(LocalDate.of(2026, 3, 31), 90);
        assertThat(p.first()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.days()).isEqualTo(90);
        assertThat(p.previous()).isEqualTo(new Period(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 12, 31)));
        assertThat(Period.endingOn(LocalDate.of(2026, 3, 31), 1).first()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aPeriodHasAtLeastOneDay() {
        assertThatThrownBy(() -> Period.endingOn(LocalDate.of(2026, 3, 31), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksAndMonthsCoverThePeriodWithoutGapsOrOverlaps() {
        Period p = new Period(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 3, 1)); // a Tuesday to a Sunday
        assertThat(p.months()).containsExactly(
                new Period(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31)),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
        assertThat(p.weeks()).first().isEqualTo(new Period(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 4)));
        assertThat(p.weeks()).last().isEqualTo(new Period(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1)));
        assertThat(p.weeks().stream().mapToInt(Period::days).sum()).isEqualTo(p.days());
        for (int i = 1; i < p.weeks().size(); i++) {
            assertThat(p.weeks().get(i).first()).isEqualTo(p.weeks().get(i - 1).last().plusDays(1));
            assertThat(p.weeks().get(i).first().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        }
    }
}
