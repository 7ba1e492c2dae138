package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.Instant;

/**
 * One change of a customer's credit limit or risk class, as read back from the audit trail: the
 * terms before and after as data; the desk words them ("5,000.00 (Medium)") in the user's locale.
 */
public record LimitChange(Instant at, String user, Terms before, Terms after, String note) {

    /**
     * A limit and risk class as the audit entry stored them.
     *
     * @param limit {@code null} when no limit was set (or the stored amount is unreadable)
     * @param risk  {@code null} when the entry names no risk class (or one this version does not know)
     */
    public record Terms(Money limit, RiskClass risk) {
    }
}
