package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/** One line of the credit-hold queue. */
public record HeldOrderRow(long orderId, String orderNumber, long customerId, String customerNumber,
                           String customerName, RiskClass riskClass, Money value, Instant enteredAt,
                           String enteredBy, String lastChangedBy, Set<CreditReason> reasons) {
    public HeldOrderRow {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(enteredAt, "enteredAt");
        reasons = Set.copyOf(reasons);
    }

    /** Whole days the order has waited since it was entered. */
    public long ageDays(LocalDate today, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(enteredAt.atZone(zone).toLocalDate(), today));
    }
}
