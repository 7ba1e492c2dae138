package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice of the book's history, paid in full on {@code paidDate}: what the engine learns from.
 *
 * @param terms the terms as printed on the invoice ({@code NET 30}, {@code 2/10 NET 30}, ...); terms
 *              the engine cannot read are kept as a group of their own, without a discount
 */
public record PaidInvoice(String invoiceNo, String customerNo, LocalDate invoiceDate, LocalDate dueDate,
                          BigDecimal amount, String terms, LocalDate paidDate) {
    public PaidInvoice {
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidDate, "paidDate");
        terms = terms == null ? "" : terms;
    }
}
