package com.orderdesk.logic.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The customer's order already in the book on a PO number (open or shipped; a cancelled order does
 * not count): its number, date and total, as a second order on the same PO names it.
 */
public record EarlierOrderOnPo(String poNumber, String orderNumber, LocalDate orderDate, BigDecimal total) {
    /**
     * How two PO numbers are compared: without surrounding spaces and case ("po-4512 " is PO-4512),
     * because customers retype their own numbers inconsistently (as the inbox's PoRegister does).
     * Null or blank: no PO, nothing to compare.
     */
    public static String key(String po) {
        return po == null || po.isBlank() ? null : po.strip().toUpperCase(Locale.ROOT);
    }
}
