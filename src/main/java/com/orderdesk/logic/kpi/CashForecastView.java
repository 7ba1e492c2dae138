package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The cash forecast as the dashboard shows it: cash-in expected per calendar week (Monday) from the
 * latest stored prediction snapshot, for the current week and those after it, and for the weeks
 * before: what was forecast for each (the latest snapshot taken on or before the week's Monday that
 * covers it) against what actually came in. {@code asOf} is null when no predictions were ever made.
 */
public record CashForecastView(LocalDate asOf, List<Week> weeks) {
    public CashForecastView {
        weeks = List.copyOf(weeks);
    }

    /**
     * One week. {@code forecast} is null when no snapshot covered the week; {@code actual} is null
     * for the current week and later (not over yet).
     */
    public record Week(LocalDate start, BigDecimal forecast, LocalDate forecastAsOf, BigDecimal actual) {
        public boolean past() {
            return actual != null;
        }
    }

    public boolean hasPredictions() {
        return asOf != null;
    }

    /** The Monday of the week a day falls in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * @param today     the book's today
     * @param snapshots stored forecasts by their as-of date, each week's expected cash by its Monday
     * @param received  cash that came in per week (Monday)
     * @param pastWeeks how many whole weeks before the current one to compare
     */
    public static CashForecastView compose(LocalDate today, Map<LocalDate, Map<LocalDate, BigDecimal>> snapshots,
                                           Map<LocalDate, BigDecimal> received, int pastWeeks) {
        NavigableMap<LocalDate, Map<LocalDate, BigDecimal>> byDay = new TreeMap<>(snapshots);
        Map.Entry<LocalDate, Map<LocalDate, BigDecimal>> latest = byDay.floorEntry(today);
        if (latest == null) {
            return new CashForecastView(null, List.of());
        }
        LocalDate thisWeek = monday(today);
        List<Week> weeks = new ArrayList<>();
        for (int i = pastWeeks; i >= 1; i--) {
            LocalDate start = thisWeek.minusWeeks(i);
            LocalDate madeOn = null;
            BigDecimal forecast = null;
            // the forecast as it stood when the week began: the latest snapshot of that day or before that covers it
            for (Map.Entry<LocalDate, Map<LocalDate, BigDecimal>> s : byDay.headMap(start, true).descendingMap().entrySet()) {
                BigDecimal expected = s.getValue().get(start);
                if (expected != null) {
                    madeOn = s.getKey();
                    forecast = expected;
                    break;
                }
            }
            weeks.add(new Week(start, forecast, madeOn, received.getOrDefault(start, BigDecimal.ZERO)));
        }
        new TreeMap<>(latest.getValue()).forEach((start, expected) -> {
            if (!start.isBefore(thisWeek)) {
                weeks.add(new Week(start, expected, latest.getKey(), null));
            }
        });
        return new CashForecastView(latest.getKey(), weeks);
    }
}
