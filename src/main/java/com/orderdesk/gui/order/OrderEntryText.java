package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.order.SavedOrder;
import java.util.List;

/** What the order-entry screen says: its title and its status-bar messages (plain Java, tested without a screen). */
final class OrderEntryText {
    private OrderEntryText() {
    }

    /**
     * "Order SO-104233", "New order", or for one who may only view orders and has none open "No
     * order open" (there is no new order for them); " *" while there are unsaved changes.
     */
    static String title(String number, boolean mayEnter, boolean dirty) {
        return (number == null ? (mayEnter ? "New order" : "No order open") : "Order " + number) + (dirty ? " *" : "");
    }

    /** What the discard question names. */
    static String document(String number) {
        return number == null ? "the new order" : "order " + number;
    }

    static String saved(SavedOrder s, Formats formats) {
        return "Order " + s.number() + (s.created() ? " saved" : " amended") + ": " + formats.money(s.totals().total())
                + " incl. tax " + formats.money(s.totals().tax()) + ", status " + s.status().label();
    }

    static String notAmendable(String number, String statusLabel) {
        return "Order " + number + " is " + statusLabel + " and can no longer be amended.";
    }

    static String opened(String number, boolean amendable, String statusLabel) {
        return "Opened order " + number + (amendable ? "" : " (read-only: " + statusLabel + ")");
    }

    static String copied(String sourceNumber, List<String> notes) {
        return "Copied from " + sourceNumber + " at today's prices; check it and save (Ctrl+S)."
                + (notes.isEmpty() ? "" : " " + String.join(" ", notes));
    }
}
