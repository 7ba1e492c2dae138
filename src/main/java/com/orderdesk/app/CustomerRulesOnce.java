package com.orderdesk.app;

import com.orderdesk.logic.customer.AddressCheck;
import com.orderdesk.logic.customer.CustomerRules;
import com.orderdesk.logic.geo.Gazetteer;
import java.util.function.Supplier;

/**
 * The customer rules over the shipped gazetteer, read on first use (about 41,000 ZIP codes: a
 * fraction of a second that a desk which never edits a customer need not spend at start) and
 * then shared by every use case of the process.
 */
final class CustomerRulesOnce implements Supplier<CustomerRules> {
    private static final CustomerRulesOnce SHARED = new CustomerRulesOnce();
    private volatile CustomerRules rules;

    private CustomerRulesOnce() {
    }

    static CustomerRulesOnce of() {
        return SHARED;
    }

    @Override
    public CustomerRules get() {
        CustomerRules r = rules;
        if (r == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = new CustomerRules(new AddressCheck(Gazetteer.loadDefault()));
                }
                r = rules;
            }
        }
        return r;
    }
}
