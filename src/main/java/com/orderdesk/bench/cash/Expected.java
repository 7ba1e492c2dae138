package com.orderdesk.bench.cash;

import java.math.BigDecimal;
import java.util.List;

/**
 * The known right answer for one generated payment.
 *
 * @param scenario  what the generator made (for per-case figures)
 * @param rows      the invoices it pays
 * @param unapplied the amount that belongs to no open invoice
 * @param decidable false where no single answer can be known (equal amounts, no reference): the
 *                  right behaviour is then to propose, with no AUTO row
 */
public record Expected(String paymentId, Scenario scenario, List<Row> rows, BigDecimal unapplied, boolean decidable) {

    public record Row(String invoiceNo, BigDecimal applied, BigDecimal discount, BigDecimal deduction) {
    }

    /** The kinds of payment a generated set contains. */
    public enum Scenario {
        SINGLE_REF, MULTI_REF, DISCOUNT_IN_TERMS, DISCOUNT_LATE, PARTIAL, SHORT_DEDUCTION, OVERPAY,
        SINGLE_NO_REF, COMBINED_NO_REF, PARENT_PAYER, DUPLICATE, UNKNOWN_PAYER, ADVANCE, AMBIGUOUS
    }
}
