package com.orderdesk.logic.cash.intake;

import java.math.BigDecimal;

/**
 * One line of remittance as a bank or remitter sent it: the document it pays and how much.
 *
 * @param reference the invoice (or credit memo, order...) number as written, never empty
 * @param amount    the amount paid for it, or null when the line gives none
 * @param note      what else the line says (document kind, discount taken, adjustment reason), or empty
 */
public record RemittanceItem(String reference, BigDecimal amount, String note) {
    public RemittanceItem {
        reference = reference == null ? "" : reference.strip();
        note = note == null ? "" : note.strip();
    }

    /** The line as the matching engine reads remittance text: "INV-1 100.00", plus the note. */
    String asText() {
        String text = amount == null ? reference : reference + " " + amount.toPlainString();
        return note.isEmpty() ? text : text + " " + note;
    }
}
