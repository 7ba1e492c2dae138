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

    /** The field a refusal is about: the dialog puts the focus there. */
    enum Field { INVOICE, REASON, AMOUNT, NOTE }

    /** A refusal with the sentence to show and the field to fix. */
    static final class Refusal extends IllegalArgumentException {
        final Field field;

        Refusal(Field field, String message) {
            super(message);
            this.field = field;
        }
    }

    static DisputeRequest request(Disputable invoice, ClaimReason reason, String amountText, String note, Formats formats) {
        if (invoice == null) {
            throw new Refusal(Field.INVOICE, "Type the invoice number and press Enter: the dialog shows what is open on it.");
        }
        if (invoice.refusal() != null) {
            throw new Refusal(Field.INVOICE, invoice.refusal());
        }
        if (reason == null) {
            throw new Refusal(Field.REASON, "Choose the reason: what the customer disputes (price, quantity short, damaged...).");
        }
        Money amount = amount(invoice, amountText, formats);
        // a claim with a kind and an amount but not a word of what is wrong cannot be worked by the claims desk
        // (tour: Space, Down, Enter opened one for the whole invoice with no note)
        if (note == null || note.isBlank()) {
            throw new Refusal(Field.NOTE, "Type what the customer disputes in Note (for example \"charged the list price, the"
                    + " contract says 10.99\"): the claims desk works the claim from it.");
        }
        return new DisputeRequest(invoice.invoiceNumber(), reason, amount, note.strip());
    }

    private static Money amount(Disputable invoice, String amountText, Formats formats) {
        String max = formats.money(invoice.free());
        Money amount;
        try {
            amount = Money.of(formats.parseMoney(amountText == null ? "" : amountText));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Refusal(Field.AMOUNT, "The amount \"" + (amountText == null ? "" : amountText.strip())
                    + "\" is not an amount: type one such as " + max + ", more than 0 and at most " + max + ".");
        }
        if (!amount.isPositive()) {
            throw new Refusal(Field.AMOUNT, "The amount must be more than 0 (at most " + max + ").");
        }
        if (amount.compareTo(invoice.free()) > 0) {
            throw new Refusal(Field.AMOUNT, "At most " + max + " may be disputed on " + invoice.invoiceNumber()
                    + (invoice.inDispute().isPositive() ? " (open " + formats.money(invoice.open()) + ", of it "
                    + formats.money(invoice.inDispute()) + " in dispute already)" : ": its open amount") + "; "
                    + formats.money(amount) + " is more.");
        }
        return amount;
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
