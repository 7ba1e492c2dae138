package com.orderdesk.logic.order;

import com.orderdesk.logic.tax.SalesTax;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of an order: gross, discounts, subtotal (sum of extended line amounts), sales tax
 * and total. Tax is {@link SalesTax#taxOn} the taxable subtotal at the ship-to's rate.
 */
public record OrderTotals(Money gross, Money discount, Money subtotal, Money taxableSubtotal,
                          BigDecimal taxRate, Money tax, Money total) {

    public static OrderTotals of(List<PricedLine> lines, BigDecimal taxRate) {
        Money gross = Money.ZERO;
        Money subtotal = Money.ZERO;
        Money taxable = Money.ZERO;
        for (PricedLine line : lines) {
            gross = gross.plus(line.gross());
            subtotal = subtotal.plus(line.extended());
            if (line.taxable()) {
                taxable = taxable.plus(line.extended());
            }
        }
        Money tax = SalesTax.taxOn(taxable, taxRate);
        return new OrderTotals(gross, gross.minus(subtotal), subtotal, taxable, taxRate, tax, subtotal.plus(tax));
    }
}
