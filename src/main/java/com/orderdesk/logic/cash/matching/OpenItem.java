package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open invoice a payment may apply to. Amounts are exact to the cent.
 *
 * @param discountPct   early-payment discount in percent, or null when the invoice has none
 * @param discountUntil last day the discount may be taken, or null
 */
public record OpenItem(String invoiceNo, String customerNo, LocalDate invoiceDate, LocalDate dueDate,
                       BigDecimal originalAmount, BigDecimal openAmount, String currency,
                       BigDecimal discountPct, LocalDate discountUntil) {
    public OpenItem {
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(openAmount, "openAmount");
        Cents.of(openAmount);
        if (openAmount.signum() < 0) {
            throw new IllegalArgumentException("open amount of " + invoiceNo + " is negative");
        }
    }

    /** True when a payment received on {@code received} may take the early-payment discount. */
    public boolean discountAvailableOn(LocalDate received) {
        return discountPct != null && discountPct.signum() > 0 && discountUntil != null
                && received != null && !received.isAfter(discountUntil);
    }
}
