package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Disputable;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.gui.common.Messages;
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
            throw new Refusal(Field.INVOICE, Messages.get("claims.dispute.noInvoice"));
        }
        if (invoice.refusal() != null) {
            throw new Refusal(Field.INVOICE, invoice.refusal());
        }
        if (reason == null) {
            throw new Refusal(Field.REASON, Messages.get("claims.dispute.noReason"));
        }
        Money amount = amount(invoice, amountText, formats);
        // a claim with a kind and an amount but not a word of what is wrong cannot be worked by the claims desk
        // (tour: Space, Down, Enter opened one for the whole invoice with no note)
        if (note == null || note.isBlank()) {
            throw new Refusal(Field.NOTE, Messages.get("claims.dispute.noNote"));
        }
        return new DisputeRequest(invoice.invoiceNumber(), reason, amount, note.strip());
    }

    private static Money amount(Disputable invoice, String amountText, Formats formats) {
        String max = formats.money(invoice.free());
        Money amount;
        try {
            amount = Money.of(formats.parseMoney(amountText == null ? "" : amountText));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Refusal(Field.AMOUNT, Messages.get("claims.dispute.notAmount",
                    amountText == null ? "" : amountText.strip(), max));
        }
        if (!amount.isPositive()) {
            throw new Refusal(Field.AMOUNT, Messages.get("claims.dispute.notPositive", max));
        }
        if (amount.compareTo(invoice.free()) > 0) {
            throw new Refusal(Field.AMOUNT, invoice.inDispute().isPositive()
                    ? Messages.get("claims.dispute.tooMuchInDispute", max, invoice.invoiceNumber(), formats.money(invoice.open()),
                            formats.money(invoice.inDispute()), formats.money(amount))
                    : Messages.get("claims.dispute.tooMuch", max, invoice.invoiceNumber(), formats.money(amount)));
        }
        return amount;
    }

    /** The line under the invoice number: whose it is and what may be disputed. */
    static String facts(Disputable d, Formats formats) {
        String head = Messages.get("claims.dispute.facts", d.customerName(), formats.money(d.open()));
        if (d.inDispute().isPositive()) {
            head += Messages.get("claims.dispute.facts.inDispute", formats.money(d.inDispute()));
        }
        // on two lines: on one, the dialog cut "may be disputed" to "ma..."
        return head + "\n" + (d.refusal() != null ? d.refusal() : Messages.get("claims.dispute.upTo", formats.money(d.free())));
    }
}
