package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every figure of contracts/kpi.md for one period ({@code D = period.last()}, {@code P = period.days()}).
 * Money has two decimals, days one, rates are fractions with four decimals (a hundredth of a
 * percent) and {@code cei} is a percentage with two; a figure whose denominator is zero is null.
 */
public record KpiFigures(
        Period period,
        BigDecimal arTotal,
        BigDecimal arCurrent,
        Aging aging,
        BigDecimal dso,
        BigDecimal bestPossibleDso,
        BigDecimal averageDaysDelinquent,
        BigDecimal dsoCountback,
        BigDecimal cei,
        BigDecimal touchlessOrderRate,
        Map<OrderChannel, BigDecimal> touchlessByChannel,
        BigDecimal autoCashRate,
        BigDecimal splitShipmentRate,
        BigDecimal costPerOrder,
        BigDecimal perfectOrderRate,
        BigDecimal daysToShip,
        BigDecimal daysToPay,
        Basis basis) {

    public KpiFigures {
        Objects.requireNonNull(period);
        Objects.requireNonNull(arTotal);
        Objects.requireNonNull(arCurrent);
        Objects.requireNonNull(aging);
        Objects.requireNonNull(dsoCountback);
        Objects.requireNonNull(basis);
        // Every channel is a key, even with no orders (then null): a chart keeps its four bars.
        EnumMap<OrderChannel, BigDecimal> byChannel = new EnumMap<>(OrderChannel.class);
        for (OrderChannel channel : OrderChannel.values()) {
            byChannel.put(channel, touchlessByChannel.get(channel));
        }
        touchlessByChannel = Collections.unmodifiableMap(byChannel);
    }

    /** The as-of date {@code D}. */
    public LocalDate asOf() {
        return period.last();
    }
}
