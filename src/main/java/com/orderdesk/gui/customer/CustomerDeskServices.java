package com.orderdesk.gui.customer;

import com.orderdesk.application.customer.CustomerMaintenance;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerList;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.SavedCustomer;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the customer screen needs from the use cases, each call made as the user signed in at this
 * desk (the use cases check the permission on every call; the screen only decides what to offer).
 */
public record CustomerDeskServices(CustomerMaintenance customers, Clock clock, Supplier<SignedInUser> currentUser,
                                   Supplier<String> defaultTerms) {
    /** Rows shown in the list at most; more are reached by typing more words. */
    static final int LIST_LIMIT = 200;

    /** A desk whose new customers start with NET 30 (tests that do not look at the company's default). */
    public CustomerDeskServices(CustomerMaintenance customers, Clock clock, Supplier<SignedInUser> currentUser) {
        this(customers, clock, currentUser, () -> CustomersViewModel.DEFAULT_TERMS);
    }

    CustomerList search(String text) {
        return customers.list(currentUser.get(), text, LIST_LIMIT);
    }

    CustomerDetail open(long id) {
        return customers.open(currentUser.get(), id);
    }

    List<Lookalike> lookalikes(CustomerRecord candidate) {
        return customers.lookalikes(currentUser.get(), candidate);
    }

    SavedCustomer save(CustomerRecord record, boolean lookalikesSeen) {
        return customers.save(currentUser.get(), record, lookalikesSeen);
    }

    SavedCustomer setActive(long id, long version, boolean active, String reason) {
        return customers.setActive(currentUser.get(), id, version, active, reason);
    }

    CustomerMaintenance.AddressVerdict checkAddress(PostalAddress address) {
        return customers.checkAddress(currentUser.get(), address);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
