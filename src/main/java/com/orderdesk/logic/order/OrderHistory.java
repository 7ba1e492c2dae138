package com.orderdesk.logic.order;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything stored about one order's life, read in one unit: the order, the audit entries about
 * it and its shipments, its shipments, invoices, credit memos and the cash applied to its
 * invoices. {@link OrderTimeline} turns it into the steps a clerk reads.
 */
public record OrderHistory(Header header, List<AuditEntry> audit, List<ShipmentFact> shipments, List<InvoiceFact> invoices,
                           List<MemoFact> memos, List<PaymentFact> payments) {
    public OrderHistory {
        audit = List.copyOf(audit);
        shipments = List.copyOf(shipments);
        invoices = List.copyOf(invoices);
        memos = List.copyOf(memos);
        payments = List.copyOf(payments);
    }

    public record Header(long orderId, String number, String customerName, OrderChannel channel, String enteredBy,
                         Instant enteredAt, OrderStatus status, Money total, int lines) {
    }

    /** {@code lines}: "GLV-NIT-L x10, TWL-ROLL-8 x3" (planned, or shipped once confirmed). */
    public record ShipmentFact(String number, String nodeCode, String nodeName, ShipmentStatus status, int units,
                               String lines, String carrier, String trackingNumber, LocalDate shipDate, Instant plannedAt,
                               Instant releasedAt, Instant shippedAt, String shippedBy) {
    }

    /** {@code paidOn}: the day a history invoice (from before cash was applied here) was settled. */
    public record InvoiceFact(String number, String shipmentNumber, LocalDate issueDate, Instant issuedAt, String issuedBy,
                              Money total, Money open, String status, LocalDate dueDate, String terms, LocalDate paidOn) {
    }

    public record MemoFact(String number, String invoiceNumber, LocalDate issueDate, Instant issuedAt, String issuedBy,
                           Money total, String reason) {
    }

    /** One application of a payment to one of the order's invoices; {@code reversal} rows take one back. */
    public record PaymentFact(String paymentNumber, LocalDate received, String invoiceNumber, Instant postedAt,
                              String postedBy, Money applied, Money discount, Money deduction, String reasonCode,
                              String origin, boolean reversal, String note) {
    }
}
