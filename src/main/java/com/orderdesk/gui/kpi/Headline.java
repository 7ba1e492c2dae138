package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.KpiFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A headline figure of the dashboard: how to read it from a period's figures, how to show it, which
 * way is better, and the documents behind it. The order is the order of the tiles.
 */
public enum Headline {
    DSO("DSO", Unit.DAYS, false, KpiFigures::dso, Drill.OPEN_INVOICES),
    BEST_POSSIBLE_DSO("Best possible DSO", Unit.DAYS, false, KpiFigures::bestPossibleDso, Drill.CURRENT_INVOICES),
    AVERAGE_DAYS_DELINQUENT("Average days delinquent", Unit.DAYS, false, KpiFigures::averageDaysDelinquent,
            Drill.PAST_DUE_INVOICES),
    DSO_COUNTBACK("Countback DSO", Unit.DAYS, false, KpiFigures::dsoCountback, Drill.OPEN_INVOICES),
    CEI("Collection effectiveness", Unit.PERCENT, true, KpiFigures::cei, Drill.INVOICES_ISSUED),
    AR_TOTAL("Receivables", Unit.MONEY, false, KpiFigures::arTotal, Drill.OPEN_INVOICES),
    TOUCHLESS("Touchless orders", Unit.RATE, true, KpiFigures::touchlessOrderRate, Drill.TOUCHED_ORDERS),
    AUTO_CASH("Auto-applied cash", Unit.RATE, true, KpiFigures::autoCashRate, Drill.PAYMENTS_BY_PERSON),
    SPLIT_SHIPMENTS("Split shipments", Unit.RATE, false, KpiFigures::splitShipmentRate, Drill.SPLIT_ORDERS),
    COST_PER_ORDER("Cost per order", Unit.MONEY, false, KpiFigures::costPerOrder, Drill.SHIPPED_ORDERS),
    PERFECT_ORDERS("Perfect orders", Unit.RATE, true, KpiFigures::perfectOrderRate, Drill.NOT_PERFECT_ORDERS),
    DAYS_TO_SHIP("Days to ship", Unit.DAYS, false, KpiFigures::daysToShip, Drill.SHIPPED_ORDERS),
    DAYS_TO_PAY("Days to pay", Unit.DAYS, false, KpiFigures::daysToPay, Drill.PAID_INVOICES);

    /** How a value is shown: days (one decimal), money, a rate (fraction shown as %) or a percentage. */
    public enum Unit { DAYS, MONEY, RATE, PERCENT }

    private final String label;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final Function<KpiFigures, BigDecimal> value;
    private final Drill drill;

    Headline(String label, Unit unit, boolean higherIsBetter, Function<KpiFigures, BigDecimal> value, Drill drill) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
        this.drill = drill;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The figure, or null when the period gives none (no sales, no orders...). */
    public BigDecimal of(KpiFigures figures) {
        return value.apply(figures);
    }

    public Drill drill() {
        return drill;
    }

    public static List<Headline> all() {
        return List.of(values());
    }
}
