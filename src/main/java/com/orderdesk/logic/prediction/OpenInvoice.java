package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An invoice still unpaid at the as-of date: what the engine predicts for. */
public record OpenInvoice(String invoiceNo, String customerNo, LocalDate invoiceDate, LocalDate dueDate,
                          BigDecimal amount, String terms) {
    public OpenInvoice {
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        terms = terms == null ? "" : terms;
    }
}
