package com.orderdesk.logic.credit;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.util.List;

/**
 * The credit-hold review desk (implemented by the persistence layer). Every action checks the
 * user's role and segregation of duties through {@link CreditHoldActions} inside its transaction,
 * writes the audit trail in the same transaction, and throws
 * {@link com.orderdesk.logic.security.NotAuthorizedException} when refused, whatever the caller.
 */
public interface CreditDesk {
    /** The queue: every order in CREDIT_HOLD, oldest first. */
    List<HeldOrderRow> heldOrders();

    HoldDetail detail(long orderId);

    /** Releases a held order to fulfillment; returns the order number. */
    String release(SignedInUser user, long orderId, String reason);

    /** Rejects (cancels) a held order; returns the order number. */
    String reject(SignedInUser user, long orderId, String reason);

    /**
     * Sets the customer's limit ({@code null} = none) and risk class, then checks the customer's
     * held orders again: those that now pass move on to fulfillment. Returns how many moved on.
     */
    int changeCreditLimit(SignedInUser user, long customerId, Money newLimit, RiskClass riskClass, String note);

    /** Puts the customer on or off manual hold, then checks their held orders again (as above). */
    int setManualHold(SignedInUser user, long customerId, boolean on, String note);
}
