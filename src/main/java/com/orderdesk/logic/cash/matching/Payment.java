package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An incoming payment (cheque, lockbox item, bank credit) to apply.
 *
 * @param payerAccount {@code routing:account} of the payer, or empty
 * @param reference    free remittance text as received, or empty
 */
public record Payment(String paymentId, LocalDate receivedDate, BigDecimal amount, String currency,
                      String payerName, String payerAccount, String reference) {
    public Payment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Cents.of(amount);
        payerName = payerName == null ? "" : payerName;
        payerAccount = payerAccount == null ? "" : payerAccount.trim();
        reference = reference == null ? "" : reference;
        currency = currency == null ? "" : currency;
    }
}
