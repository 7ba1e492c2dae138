package com.orderdesk.application.credit;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.credit.CreditCheckInput;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.credit.PredictedBehaviour;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.order.SalesOrder;
import java.util.List;
import java.util.Optional;

/** What the credit desk reads and writes, in the open unit of work (a port: persistence implements it). */
public interface CreditRepository {
    Optional<SalesOrder> order(long orderId);

    Optional<Customer> customer(long customerId);

    /** Everything the credit engine reads about the order's customer, with the order itself. */
    CreditCheckInput checkInput(SalesOrder order);

    /** The note typed when the customer was put on manual hold (from the audit trail), or null. */
    String manualHoldNote(Customer customer);

    List<OpenItem> openItems(long customerId);

    Optional<CreditReleaseRecord> releaseOf(long orderId);

    void removeRelease(CreditReleaseRecord release);

    void addRelease(CreditReleaseRecord release);

    /** Replaces the order's stored hold reasons (none for a pass). */
    void replaceReasons(SalesOrder order, List<CreditHoldReason> reasons);

    /** Stores the hold reasons of an order that has none stored yet (one created in this unit). */
    void addReasons(SalesOrder order, List<CreditHoldReason> reasons);

    List<CreditHoldReason> reasons(long orderId);

    /**
     * Whether the order has any entry in the audit trail: a save's credit check, a credit manager's
     * release, keep or reject, a limit change's release. An order with none was written as a row (the
     * demo's history) and never checked.
     */
    boolean hasAuditedHistory(String orderNumber);

    /** The whole hold queue, oldest first. */
    Listing<HeldOrderRow> heldOrders();

    /** The customer's orders on credit hold, in id order. */
    List<SalesOrder> heldOrdersOf(long customerId);

    List<PaymentRecord> recentPayments(long customerId, int limit);

    List<LimitChange> limitHistory(long customerId);

    /** The latest payment prediction stored for the customer by the collections desk, if any. */
    Optional<PredictedBehaviour> prediction(long customerId);

    void flush();
}
