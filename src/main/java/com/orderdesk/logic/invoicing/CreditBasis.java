package com.orderdesk.logic.invoicing;

/**
 * An invoice as a credit memo on it starts from: its totals and what earlier memos credited. The
 * credit memo dialog previews what a request would issue from it, in memory, as the clerk types;
 * issuing decides again on the book as it is then ({@link CreditMemoPolicy}, the same rules).
 */
public record CreditBasis(String invoiceNumber, InvoiceTotals invoice, PriorCredits prior) {
    /** What {@code request} would credit now: the lines, tax and total, or the problems that refuse it. */
    public CreditDecision preview(CreditRequest request) {
        return new CreditMemoPolicy().decide(invoiceNumber, invoice, prior, request);
    }
}
