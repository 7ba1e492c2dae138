package com.orderdesk.logic.cash.desk;

import com.orderdesk.model.cash.MatchStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payment with the engine's answer, as the {@code cash import} command reports it.
 *
 * @param status   AUTO, SUGGESTED or UNAPPLIED (null before a match run)
 * @param invoices the invoices the proposal applies it to, in order (empty when none)
 */
public record MatchedPayment(String number, BigDecimal amount, String currency, String payerName, String customerNo,
                             MatchStatus status, List<String> invoices, String reason) {
    public MatchedPayment {
        invoices = List.copyOf(invoices);
    }
}
