package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The queue's filters; a null field does not filter. {@code openOnly} keeps the cases still to work
 * (open, researching, waiting on the customer). {@code owner} "-" means unassigned.
 */
public record ClaimFilter(String text, ClaimStatus status, boolean openOnly, ClaimReason reason, String owner,
                          Long minAgeDays, Money minAmount) {
    public static final String UNASSIGNED = "-";
    public static final ClaimFilter ALL = new ClaimFilter(null, null, false, null, null, null, null);

    public Predicate<ClaimRow> on(LocalDate today) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return r -> (status == null || r.status() == status)
                && (!openOnly || r.status().isOpen())
                && (reason == null || r.reason() == reason)
                && (owner == null || (UNASSIGNED.equals(owner) ? r.owner() == null : owner.equals(r.owner())))
                && (minAgeDays == null || r.ageDays(today) >= minAgeDays)
                && (minAmount == null || r.amount().compareTo(minAmount) >= 0)
                && (t.isEmpty() || matches(r, t));
    }

    private static boolean matches(ClaimRow r, String t) {
        return r.number().toLowerCase(Locale.ROOT).contains(t)
                || r.invoiceNumber().toLowerCase(Locale.ROOT).contains(t)
                || r.customerNumber().toLowerCase(Locale.ROOT).contains(t)
                || r.customerName().toLowerCase(Locale.ROOT).contains(t);
    }
}
