package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice paid in part and left with money open, as the short-payment sweep sees it: when its
 * last payment arrived, and whether any case was ever opened on it.
 */
public record ShortPayCandidate(long invoiceId, String invoiceNumber, Money open, LocalDate lastPaymentDate,
                                String lastPaymentNumber, boolean hasCase) {

    /**
     * An unexplained short payment: nothing said why (no case on it), and left open more than
     * {@code days} days after the last payment.
     */
    public boolean due(LocalDate today, int days) {
        return !hasCase && open.isPositive() && lastPaymentDate != null
                && ChronoUnit.DAYS.between(lastPaymentDate, today) > days;
    }
}
