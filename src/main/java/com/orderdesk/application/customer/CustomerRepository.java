package com.orderdesk.application.customer;

import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;

import java.time.LocalDate;
import java.util.List;

/** Finding customers and what the desk must know about one (a port: persistence implements it, in the open unit of work). */
public interface CustomerRepository {
    /** Customers whose name, number or phone starts with {@code text}, at most {@code limit}. */
    List<CustomerHit> search(String text, int limit);

    /** Terms, credit standing, open balance and ship-tos of a customer as of {@code today}. */
    CustomerContext context(long customerId, LocalDate today);
}
