package com.orderdesk.gui.common;

import java.util.Locale;
import java.util.Optional;

/**
 * The document statuses a {@link StatusChip} can show, each with its word (from the message
 * bundle) and its style class in {@code app.css}. Feature enums map onto these by name:
 * {@code StatusKind.fromName(order.getStatus().name())}.
 */
public enum StatusKind {
    ENTERED("status.entered", "status-entered"),
    CREDIT_HOLD("status.creditHold", "status-credit-hold"),
    RELEASED("status.released", "status-released"),
    ALLOCATED("status.allocated", "status-allocated"),
    SHIPPED("status.shipped", "status-shipped"),
    INVOICED("status.invoiced", "status-invoiced"),
    PAID("status.paid", "status-paid"),
    CANCELLED("status.cancelled", "status-cancelled"),
    // invoices and credit memos (logic.invoicing.InvoiceStanding)
    OPEN("status.open", "status-open"),
    PARTLY_PAID("status.partlyPaid", "status-partly-paid"),
    OVERDUE("status.overdue", "status-overdue"),
    CREDITED("status.credited", "status-credited"),
    // cash desk: a payment's standing (reuses the chip colours above)
    NEW("status.new", "status-entered"),
    AUTO("status.auto", "status-released"),
    SUGGESTED("status.suggested", "status-credit-hold"),
    UNAPPLIED("status.unapplied", "status-cancelled"),
    AUTO_APPLIED("status.autoApplied", "status-paid"),
    APPLIED("status.applied", "status-paid"),
    // products: on sale or discontinued (no new orders)
    ACTIVE("status.active", "status-paid"),
    DISCONTINUED("status.discontinued", "status-cancelled");

    private final String messageKey;
    private final String styleClass;

    StatusKind(String messageKey, String styleClass) {
        this.messageKey = messageKey;
        this.styleClass = styleClass;
    }

    /** The word shown in the chip, e.g. "Credit hold". */
    public String label() {
        return Messages.get(messageKey);
    }

    /** The CSS class that colours the chip, e.g. "status-credit-hold". */
    public String styleClass() {
        return styleClass;
    }

    /**
     * The kind for a status name, ignoring case, spaces, dashes and underscores
     * ("CREDIT_HOLD", "Credit hold" and "credit-hold" all match); empty when unknown.
     */
    public static Optional<StatusKind> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (StatusKind kind : values()) {
            if (kind.name().replace("_", "").equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
