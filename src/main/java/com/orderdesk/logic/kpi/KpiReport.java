package com.orderdesk.logic.kpi;

import java.util.List;

/**
 * What the finance dashboard shows for a period: its figures, the previous period's (for the
 * change), and every figure again for each calendar week and month of the period (chart series;
 * the first and last week or month may be cut short by the period). Each entry is the contract's
 * figure set with {@code D} its last day and {@code P} its length: a weekly split-shipment rate is
 * the rate over that week's shipments; a monthly DSO is that month-end's receivables over that
 * month's sales times its days.
 */
public record KpiReport(KpiFigures figures, KpiFigures previous, List<KpiFigures> byWeek, List<KpiFigures> byMonth) {
    public KpiReport {
        byWeek = List.copyOf(byWeek);
        byMonth = List.copyOf(byMonth);
    }
}
