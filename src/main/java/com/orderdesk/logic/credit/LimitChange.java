package com.orderdesk.logic.credit;

import java.time.Instant;

/**
 * One change of a customer's credit limit or risk class, as read back from the audit trail.
 *
 * @param before e.g. "50000.00 (Low)"; "none" when no limit was set
 */
public record LimitChange(Instant at, String user, String before, String after, String note) {
}
