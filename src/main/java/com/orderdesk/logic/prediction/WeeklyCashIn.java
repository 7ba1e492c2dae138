package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cash expected from the open invoices in one calendar week (Monday to Sunday). */
public record WeeklyCashIn(LocalDate weekStart, BigDecimal expected) {
    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
