package com.orderdesk.bench.cash;

import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.logic.cash.matching.Payment;
import java.util.List;

/** A generated matching problem with its known answers (one {@link Expected} per payment, same order). */
public record GeneratedSet(List<Customer> customers, List<OpenItem> openItems, List<Payment> payments,
                           List<Expected> expected) {
}
