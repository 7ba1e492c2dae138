package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.kpi.CashForecastView;
import com.orderdesk.logic.prediction.WeeklyCashIn;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cash forecast for the dashboard (issues 15 and 16): the collections desk's stored weekly
 * snapshots (written each time the payment predictions run) against the cash posted, read in one
 * read unit of work. Nothing is predicted here: with no predictions yet the view says so.
 */
public final class CashForecastUseCases {
    /** Whole weeks before the current one compared with what came in. */
    public static final int PAST_WEEKS = 8;
    /** How far back a snapshot is looked for: the oldest compared week's forecast may be a quarter older than it. */
    private static final int SNAPSHOT_DAYS = 7 * PAST_WEEKS + 120;

    private final UnitOfWork uow;
    private final AccessControl access;
    private final CollectionsRepository repository;
    private final Clock clock;

    public CashForecastUseCases(UnitOfWork uow, AccessControl access, CollectionsRepository repository, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
    }

    /** The forecast ahead and the past weeks' forecast against what came in, as of the book's today. */
    public CashForecastView forecast(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = LocalDate.now(clock);
        LocalDate firstPast = CashForecastView.monday(today).minusWeeks(PAST_WEEKS);
        return uow.read(() -> {
            Map<LocalDate, Map<LocalDate, BigDecimal>> snapshots = new HashMap<>();
            for (Map.Entry<LocalDate, List<WeeklyCashIn>> s : repository.forecasts(today.minusDays(SNAPSHOT_DAYS), today)
                    .entrySet()) {
                Map<LocalDate, BigDecimal> weeks = new HashMap<>();
                s.getValue().forEach(w -> weeks.put(w.weekStart(), w.expected()));
                snapshots.put(s.getKey(), weeks);
            }
            Map<LocalDate, BigDecimal> received = new HashMap<>();
            for (Map.Entry<LocalDate, Money> w : repository.receivedByWeek(firstPast, today).entrySet()) {
                received.put(w.getKey(), w.getValue().amount());
            }
            return CashForecastView.compose(today, snapshots, received, PAST_WEEKS);
        });
    }
}
