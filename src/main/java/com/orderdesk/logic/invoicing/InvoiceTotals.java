package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.util.List;

/**
 * The money of an invoice (or credit memo), computed by {@link InvoiceCalculator}.
 *
 * @param subtotal   sum of line nets (after line discounts)
 * @param discounts  sum of line discounts (for display: subtotal already excludes them)
 * @param taxes      one entry per jurisdiction, in the order given
 * @param grandTotal subtotal + freight + taxTotal
 */
public record InvoiceTotals(List<PricedLine> lines, Money subtotal, Money discounts, Money freight,
                            boolean freightTaxable, List<TaxAmount> taxes, Money taxTotal, Money grandTotal) {
    public InvoiceTotals {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }
}
