package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.PricedLine;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;

/**
 * One printed line of an invoice or credit memo. {@code unitPrice} and {@code discountPercent} may
 * be null (a credit by amount has neither) and then print blank.
 */
public record DocumentLine(int lineNo, String sku, String description, BigDecimal quantity, String unit,
                           BigDecimal unitPrice, BigDecimal discountPercent, Money amount, boolean taxable) {

    public static DocumentLine of(PricedLine line) {
        return new DocumentLine(line.lineNo(), line.sku(), line.description(), line.quantity(), line.unit(),
                line.unitPrice(), line.discountPercent().signum() == 0 ? null : line.discountPercent(), line.net(),
                line.taxable());
    }

    public static DocumentLine of(CreditDecision.CreditedLine line, PricedLine invoiced) {
        boolean byQuantity = line.quantity().signum() > 0;
        return new DocumentLine(line.lineNo(), line.sku(), line.description(),
                byQuantity ? line.quantity() : null, invoiced.unit(),
                byQuantity ? invoiced.unitPrice() : null,
                byQuantity && invoiced.discountPercent().signum() != 0 ? invoiced.discountPercent() : null,
                line.amount(), line.taxable());
    }
}
