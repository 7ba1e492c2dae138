package com.orderdesk.application.customer;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.LocalDate;
import java.util.List;

/** Finding a customer and what the desk must know about them (order entry, cash matching). */
public final class CustomerLookup {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final CustomerRepository customers;

    public CustomerLookup(UnitOfWork uow, AccessControl access, CustomerRepository customers) {
        this.uow = uow;
        this.access = access;
        this.customers = customers;
    }

    /** Customers whose name, number or phone starts with {@code text} (or a word of the name does), at most {@code limit}. */
    public List<CustomerHit> search(SignedInUser user, String text, int limit) {
        access.require(user, Permission.VIEW_ORDERS);
        com.orderdesk.logic.store.SearchText.check(text);
        return uow.read(() -> customers.search(text, limit));
    }

    public CustomerContext context(SignedInUser user, long customerId, LocalDate today) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> customers.context(customerId, today));
    }
}
