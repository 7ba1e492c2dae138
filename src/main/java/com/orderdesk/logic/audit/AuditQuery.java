package com.orderdesk.logic.audit;

import com.orderdesk.logic.common.ReadableDates;
import java.time.LocalDate;

/**
 * A filter on the audit trail; {@code null} or blank parts match everything.
 *
 * @param user     user name, matched exactly (case-insensitive)
 * @param from     first day (inclusive), in the desk's time zone
 * @param to       last day (inclusive)
 * @param document document number or id, matched as a prefix ("SO-1001" finds SO-100123)
 * @param limit    the most entries to return
 */
public record AuditQuery(String user, LocalDate from, LocalDate to, String document, int limit) {
    public static final int DEFAULT_LIMIT = 2000;

    public AuditQuery {
        com.orderdesk.logic.store.SearchText.check(document);
        com.orderdesk.logic.store.SearchText.check(user);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last day " + ReadableDates.format(to) + " is before the first day "
                    + ReadableDates.format(from) + ".");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, DEFAULT_LIMIT);
    }
}
