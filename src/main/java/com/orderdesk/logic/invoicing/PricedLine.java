package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;

/**
 * An invoice line with its amounts: {@code gross} is quantity x unit price, {@code discount} the
 * line discount and {@code net = gross - discount}, each rounded half-up to cents as described on
 * {@link InvoiceCalculator}.
 */
public record PricedLine(int lineNo, String sku, String description, BigDecimal quantity, String unit,
                         BigDecimal unitPrice, BigDecimal discountPercent, boolean taxable,
                         Money gross, Money discount, Money net) {
}
