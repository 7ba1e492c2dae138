package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;

/**
 * One row of the engine's answer: part of a payment applied to an invoice, or left unapplied
 * ({@code invoiceNo} null, status {@link ApplicationStatus#UNAPPLIED}).
 *
 * @param confidence in [0, 1]
 * @param reason     short human-readable explanation
 */
public record Application(String paymentId, String invoiceNo, BigDecimal appliedAmount,
                          BigDecimal discountAmount, BigDecimal deductionAmount,
                          ApplicationStatus status, double confidence, String reason) {

    public boolean isUnapplied() {
        return invoiceNo == null;
    }
}
