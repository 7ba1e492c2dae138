package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.DisputedAmount;
import java.util.Map;

/**
 * The disputed amount per invoice while its cases are open, in the caller's unit of work: for
 * collections (leave it out of reminders), statements and the credit check. A port the persistence
 * adapter implements.
 */
public interface DisputedAmounts {
    /** The customer's invoices with money in dispute, by invoice number. */
    Map<String, DisputedAmount> byInvoice(long customerId);
}
