package com.orderdesk.logic.customer;

import java.time.LocalDate;
import java.util.List;

/** Finding customers and what the desk must know about one (implemented by the persistence layer). */
public interface CustomerDirectory {
    /** Customers whose name, number or phone starts with {@code text}, at most {@code limit}. */
    List<CustomerHit> search(String text, int limit);

    /** Terms, credit standing, open balance and ship-tos of a customer as of {@code today}. */
    CustomerContext context(long customerId, LocalDate today);
}
