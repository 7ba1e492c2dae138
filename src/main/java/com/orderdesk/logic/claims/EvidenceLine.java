package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;

/**
 * One invoiced line beside what stands behind it: the order line's quantity, the units the
 * shipment confirmed, and the customer's contract price valid on the order date (null when none).
 *
 * @param shippedOnInvoice units confirmed shipped on the shipment this invoice bills (null when unknown)
 * @param shippedInAll     units of the order line confirmed shipped on all its shipments (null when unknown)
 */
public record EvidenceLine(int lineNo, String sku, String description, int invoicedQty, String unit, Money unitPrice,
                           BigDecimal discountPct, Money net, boolean taxable, Integer orderedQty,
                           Integer shippedOnInvoice, Integer shippedInAll, Money contractPrice) {

    /** Units billed but not confirmed shipped (what the book knows was short-shipped on this invoice). */
    public int billedNotShipped() {
        return shippedOnInvoice == null ? 0 : Math.max(0, invoicedQty - shippedOnInvoice);
    }

    /** Units ordered and never shipped on any shipment (short picks not made good). */
    public int orderedNotShipped() {
        return orderedQty == null || shippedInAll == null ? 0 : Math.max(0, orderedQty - shippedInAll);
    }
}
