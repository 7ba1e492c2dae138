package com.orderdesk.logic.customer;

import java.util.Optional;

/**
 * A stored customer opened on the customer screen: the master data to edit, the credit standing to
 * show, and a warning when its tax-exemption certificate has run out.
 */
public record CustomerDetail(CustomerRecord record, CreditStanding credit, String taxWarning) {
    public Optional<String> warning() {
        return Optional.ofNullable(taxWarning);
    }
}
