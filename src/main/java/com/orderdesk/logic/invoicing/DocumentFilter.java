package com.orderdesk.logic.invoicing;

import java.time.LocalDate;

/**
 * What the printing list shows. Every part is optional (null: no restriction).
 *
 * @param text     part of a document number, customer number or customer name
 * @param printed  TRUE: printed at least once; FALSE: never printed
 * @param standing OVERDUE means owing and past due on {@code today}
 * @param from     issue date from (inclusive)
 * @param to       issue date to (inclusive)
 */
public record DocumentFilter(String text, Boolean printed, InvoiceStanding standing, String customerNumber,
                             LocalDate from, LocalDate to, LocalDate today, int limit) {
    public static DocumentFilter all(LocalDate today) {
        return new DocumentFilter(null, null, null, null, null, null, today, 5000);
    }

    public boolean matchesText(String number, String customerNumber, String customerName) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return number.toLowerCase(java.util.Locale.ROOT).contains(t)
                || customerNumber.toLowerCase(java.util.Locale.ROOT).contains(t)
                || customerName.toLowerCase(java.util.Locale.ROOT).contains(t);
    }
}
