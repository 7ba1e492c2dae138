package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashForecastViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26); // a Thursday
    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 23);

    private static BigDecimal $(String v) {
        return new BigDecimal(v);
    }

    @Test
    void withoutAnySnapshotThereIsNoForecastToShow() {
        CashForecastView v = CashForecastView.compose(TODAY, Map.of(), Map.of(THIS_MONDAY.minusWeeks(1), $("5.00")), 8);
        assertThat(v.hasPredictions()).isFalse();
        assertThat(v.weeks()).isEmpty();
    }

    @Test
    void aSnapshotDatedAfterTodayIsNotUsed() {
        CashForecastView v = CashForecastView.compose(TODAY, Map.of(TODAY.plusDays(1), Map.of(THIS_MONDAY, $("1.00"))),
                Map.of(), 2);
        assertThat(v.hasPredictions()).isFalse();
    }

    @Test
    void theWeeksAheadComeFromTheLatestSnapshotAndEachPastWeekFromTheSnapshotStandingWhenItBegan() {
        LocalDate w1 = THIS_MONDAY.minusWeeks(1);
        LocalDate w2 = THIS_MONDAY.minusWeeks(2);
        LocalDate w3 = THIS_MONDAY.minusWeeks(3);
        Map<LocalDate, Map<LocalDate, BigDecimal>> snapshots = Map.of(
                w3, Map.of(w3, $("30.00"), w2, $("20.00"), w1, $("10.00")),
                w2, Map.of(w2, $("22.00"), w1, $("11.00")),
                // taken mid-week: too late for week 1's comparison, but the latest
                w1.plusDays(2), Map.of(w1, $("99.00"), THIS_MONDAY, $("40.00"), THIS_MONDAY.plusWeeks(1), $("50.00")),
                TODAY, Map.of(THIS_MONDAY, $("41.00"), THIS_MONDAY.plusWeeks(1), $("51.00"), THIS_MONDAY.plusWeeks(2), $("0.00")));
        Map<LocalDate, BigDecimal> received = Map.of(w3, $("25.00"), w1, $("12.50"));

        CashForecastView v = CashForecastView.compose(TODAY, snapshots, received, 4);

        assertThat(v.asOf()).isEqualTo(TODAY);
        assertThat(v.weeks()).containsExactly(
                new CashForecastView.Week(THIS_MONDAY.minusWeeks(4), null, null, BigDecimal.ZERO),
                new CashForecastView.Week(w3, $("30.00"), w3, $("25.00")),
                new CashForecastView.Week(w2, $("22.00"), w2, BigDecimal.ZERO),
                new CashForecastView.Week(w1, $("11.00"), w2, $("12.50")),
                new CashForecastView.Week(THIS_MONDAY, $("41.00"), TODAY, null),
                new CashForecastView.Week(THIS_MONDAY.plusWeeks(1), $("51.00"), TODAY, null),
                new CashForecastView.Week(THIS_MONDAY.plusWeeks(2), $("0.00"), TODAY, null));
        assertThat(v.weeks().stream().filter(CashForecastView.Week::past).count()).isEqualTo(4);
    }

    @Test
    void anOlderLatestSnapshotShowsOnlyItsWeeksFromTheCurrentOneOn() {
        LocalDate old = THIS_MONDAY.minusWeeks(1);
        CashForecastView v = CashForecastView.compose(TODAY, Map.of(old, Map.of(old, $("7.00"), THIS_MONDAY, $("8.00"))),
                Map.of(old, $("6.00")), 1);
        assertThat(v.asOf()).isEqualTo(old);
        assertThat(v.weeks()).containsExactly(new CashForecastView.Week(old, $("7.00"), old, $("6.00")),
                new CashForecastView.Week(THIS_MONDAY, $("8.00"), old, null));
        assertThat(List.of(CashForecastView.monday(TODAY), CashForecastView.monday(THIS_MONDAY)))
                .containsOnly(THIS_MONDAY);
    }
}
