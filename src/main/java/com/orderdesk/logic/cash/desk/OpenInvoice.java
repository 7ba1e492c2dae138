package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice a payment may be applied to.
 *
 * @param discountOffered the early-payment discount on the open amount if paid on the payment's
 *                        date, else zero
 */
public record OpenInvoice(String invoiceNo, String customerNo, LocalDate issueDate, LocalDate dueDate,
                          BigDecimal total, BigDecimal open, BigDecimal discountOffered, String status) {
}
