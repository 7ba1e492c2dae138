package com.orderdesk.logic.cash.matching;

import java.util.Objects;
import java.util.Set;

/**
 * A customer as the matching engine sees it.
 *
 * @param customerNo   the customer number
 * @param name         the registered name (payer names are compared with it tolerantly)
 * @param parentNo     the parent company that may pay for this customer, or null
 * @param bankAccounts {@code routing:account} pairs known to belong to the customer
 */
public record Customer(String customerNo, String name, String parentNo, Set<String> bankAccounts) {
    public Customer {
        Objects.requireNonNull(customerNo, "customerNo");
        name = name == null ? "" : name;
        parentNo = parentNo == null || parentNo.isBlank() ? null : parentNo;
        bankAccounts = bankAccounts == null ? Set.of() : Set.copyOf(bankAccounts);
    }
}
