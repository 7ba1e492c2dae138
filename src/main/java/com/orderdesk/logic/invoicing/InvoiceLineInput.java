package com.orderdesk.logic.invoicing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line to invoice: the shipped quantity at the order's price and discount.
 *
 * @param unitPrice       price per unit; may carry more than two decimals (e.g. 0.125), rounding
 *                        happens once on the line
 * @param discountPercent line discount in percent (0 for none)
 * @param taxable         whether sales tax applies to this line (exempt goods or customers: false)
 */
public record InvoiceLineInput(int lineNo, String sku, String description, BigDecimal quantity, String unit,
                               BigDecimal unitPrice, BigDecimal discountPercent, boolean taxable) {

    public InvoiceLineInput {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        description = description == null ? "" : description;
        unit = unit == null || unit.isBlank() ? "EA" : unit;
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNo + " (" + sku + "): quantity cannot be negative, was " + quantity);
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNo + " (" + sku + "): unit price cannot be negative, was " + unitPrice);
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("line " + lineNo + " (" + sku + "): discount must be 0 to 100 %, was " + discountPercent);
        }
    }
}
