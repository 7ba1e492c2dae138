package com.orderdesk.logic.claims;

import com.orderdesk.logic.invoicing.print.AddressBlock;
import com.orderdesk.model.claims.SettlementKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A chargeback re-bills a deduction found invalid (or a credit taken back when a valid resolution is
 * reversed); a chargeback cancellation withdraws one. Printed for the customer with the case,
 * the invoice and payment it concerns, and why. {@code copy}: printed before, so this print is marked
 * as a copy (as an invoice's reprint is).
 */
public record ChargebackDocument(String number, SettlementKind kind, LocalDate issuedOn, String customerNumber,
                                 AddressBlock customer, String caseNumber, String invoiceNumber, LocalDate invoiceDate,
                                 LocalDate invoiceDue, String paymentNumber, LocalDate paymentDate, String reason,
                                 Money claimed, Money amount, List<String> explanation, String reverses, String issuedBy,
                                 LocalDate printedOn, boolean copy) {
    public ChargebackDocument {
        Objects.requireNonNull(customer, "customer");
        explanation = List.copyOf(explanation);
    }

    public String title() {
        return switch (kind) {
            case CHARGEBACK, CREDIT_REBILL -> "Chargeback";
            case CHARGEBACK_CANCEL -> "Chargeback cancellation";
            default -> throw new IllegalStateException(kind + " is not printed as a chargeback");
        };
    }

    /** True when the customer owes the amount (a cancellation takes it back). */
    public boolean due() {
        return kind != SettlementKind.CHARGEBACK_CANCEL;
    }
}
