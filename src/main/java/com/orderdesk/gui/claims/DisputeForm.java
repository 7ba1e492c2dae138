package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Disputable;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;

/**
 * What the dispute dialog typed, read into the use case's request, or refused with the sentence the
 * dialog shows: what is wrong and what is allowed. The use case checks the same again in its
 * transaction (another desk may have disputed part of the invoice since it was looked up).
 */
final class DisputeForm {
    private DisputeForm() {
    }

    static DisputeRequest request(Disputable invoice, ClaimReason reason, String amountText, String note, Formats formats) {
        if (invoice == null) {
            throw new IllegalArgumentException("Type the invoice number and press Enter: the dialog shows what is open on it.");
        }
        if (invoice.refusal() != null) {
            throw new IllegalArgumentException(invoice.refusal());
        }
        if (reason == null) {
            throw new IllegalArgumentException("Choose the reason: what the customer disputes (price, quantity short, damaged...).");
        }
        String max = formats.money(invoice.free());
        Money amount;
        try {
            amount = Money.of(formats.parseMoney(amountText == null ? "" : amountText));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("The amount \"" + (amountText == null ? "" : amountText.strip())
                    + "\" is not an amount: type one such as " + max + ", more than 0 and at most " + max + ".");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("The amount must be more than 0 (at most " + max + ").");
        }
        if (amount.compareTo(invoice.free()) > 0) {
            throw new IllegalArgumentException("At most " + max + " may be disputed on " + invoice.invoiceNumber()
                    + (invoice.inDispute().isPositive() ? " (open " + formats.money(invoice.open()) + ", of it "
                    + formats.money(invoice.inDispute()) + " in dispute already)" : ": its open amount") + "; "
                    + formats.money(amount) + " is more.");
        }
        return new DisputeRequest(invoice.invoiceNumber(), reason, amount, note == null || note.isBlank() ? null : note.strip());
    }

    /** The line under the invoice number: whose it is and what may be disputed. */
    static String facts(Disputable d, Formats formats) {
        String head = d.customerName() + " \u00b7 open " + formats.money(d.open());
        if (d.inDispute().isPositive()) {
            head += " \u00b7 in dispute " + formats.money(d.inDispute());
        }
        // on two lines: on one, the dialog cut "may be disputed" to "ma..."
        return head + "\n" + (d.refusal() != null ? d.refusal() : "Up to " + formats.money(d.free()) + " may be disputed.");
    }
}
