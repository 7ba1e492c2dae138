package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.model.common.Money;
import java.util.List;

/**
 * The totals block of a printed invoice or credit memo.
 *
 * @param other       freight (invoice) or freight and adjustments (credit memo); zero prints nothing
 * @param otherLabel  its label, e.g. "Freight"
 * @param discountBase the amount an early-payment discount is taken on: the invoice's total, as cash matching
 *                     grants it on the open amount (PaymentSchedule#earlyPayment); zero on a credit memo
 */
public record DocumentTotals(Money subtotal, Money other, String otherLabel, List<TaxAmount> taxes, Money taxTotal,
                             Money total, Money discountBase) {
    public DocumentTotals {
        taxes = List.copyOf(taxes);
    }

    public static DocumentTotals of(InvoiceTotals t) {
        return new DocumentTotals(t.subtotal(), t.freight(), "Freight", t.taxes(), t.taxTotal(), t.grandTotal(),
                t.grandTotal());
    }

    /** A credit memo's totals; a lump-sum credit shows its whole amount as "Credit amount". */
    public static DocumentTotals of(CreditDecision d) {
        Money taxTotal = d.taxes().stream().map(TaxAmount::tax).reduce(Money.ZERO, Money::plus);
        if (d.lines().isEmpty()) {
            return new DocumentTotals(Money.ZERO, d.total(), "Credit amount (tax included)", List.of(), Money.ZERO,
                    d.total(), Money.ZERO);
        }
        Money other = d.total().minus(d.linesAmount()).minus(taxTotal);
        return new DocumentTotals(d.linesAmount(), other, "Freight and adjustments", d.taxes(), taxTotal, d.total(),
                Money.ZERO);
    }
}
