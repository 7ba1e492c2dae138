package com.orderdesk.logic.prediction;

import com.orderdesk.logic.invoicing.PaymentTerms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the terms printed on invoices once per distinct text. Terms the invoicing rules do not
 * understand are not an error here: the prediction only needs them as a group for the book's
 * defaults and for the discount window, so they become a group of their own without a discount.
 */
final class TermsCatalog {
    /** One terms text as the engine uses it. */
    record Terms(String key, PaymentTerms parsed) {
        boolean hasDiscount() {
            return parsed != null && parsed.hasDiscount();
        }

        /** The last day of the discount window, as epoch day; only when {@link #hasDiscount()}. */
        long discountDeadline(LocalDate invoiceDate) {
            return parsed.scheduleFor(invoiceDate).discountDate().toEpochDay();
        }

        String discountText() {
            return parsed.discountPercent().toPlainString() + "%";
        }
    }

    /** Shared by the threads that fit customers. */
    private final Map<String, Terms> byText = new ConcurrentHashMap<>();

    Terms of(String text) {
        return byText.computeIfAbsent(text, TermsCatalog::read);
    }

    private static Terms read(String text) {
        String normal = text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        try {
            PaymentTerms terms = PaymentTerms.parse(normal);
            return new Terms(terms.code(), terms);
        } catch (IllegalArgumentException e) {
            return new Terms(normal, null);
        }
    }
}
