package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The four ledgers the figures are computed from (contracts/kpi.md), as plain records: the
 * {@code kpi} command reads them from CSV files, the application builds them from the book.
 * Money is exact: every amount must be whole cents.
 */
public record Ledgers(List<Invoice> invoices, List<Settlement> settlements, List<Payment> payments, List<Order> orders) {

    public Ledgers {
        invoices = List.copyOf(invoices);
        settlements = List.copyOf(settlements);
        payments = List.copyOf(payments);
        orders = List.copyOf(orders);
    }

    /** A credit sale: the invoice's total with tax. */
    public record Invoice(String invoiceNo, String customerNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount) {
        public Invoice {
            Objects.requireNonNull(invoiceNo, "invoiceNo");
            Objects.requireNonNull(invoiceDate, "invoiceDate");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(amount, "amount");
            customerNo = customerNo == null ? "" : customerNo;
        }
    }

    /** Something that reduced an invoice's open amount on a date (a negative amount reopens it, e.g. a reversal). */
    public record Settlement(String invoiceNo, LocalDate date, BigDecimal amount, SettlementKind kind) {
        public Settlement {
            Objects.requireNonNull(invoiceNo, "invoiceNo");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** An incoming payment; {@code auto} when it was applied with no person confirming it. */
    public record Payment(String paymentId, LocalDate receivedDate, BigDecimal amount, boolean auto) {
        public Payment {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(receivedDate, "receivedDate");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * An order. {@code shippedDate} is null until its last shipment left; the shipment count, the
     * costs and the four quality flags only matter once it has shipped.
     */
    public record Order(String orderNo, String customerNo, OrderChannel channel, LocalDate enteredDate, boolean touched,
                        LocalDate shippedDate, int shipments, BigDecimal shippingCost, BigDecimal handlingCost,
                        boolean complete, boolean onTime, boolean undamaged, boolean invoiceCorrect) {
        public Order {
            Objects.requireNonNull(orderNo, "orderNo");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(enteredDate, "enteredDate");
            customerNo = customerNo == null ? "" : customerNo;
            shippingCost = shippingCost == null ? BigDecimal.ZERO : shippingCost;
            handlingCost = handlingCost == null ? BigDecimal.ZERO : handlingCost;
            if (shipments < 0) {
                throw new IllegalArgumentException("order " + orderNo + ": negative shipment count " + shipments);
            }
        }

        public boolean shipped() {
            return shippedDate != null;
        }

        /** All four: shipped complete, on time, undamaged, invoiced right. */
        public boolean perfect() {
            return complete && onTime && undamaged && invoiceCorrect;
        }
    }
}
