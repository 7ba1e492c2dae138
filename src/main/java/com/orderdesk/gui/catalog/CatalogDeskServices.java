package com.orderdesk.gui.catalog;

import com.orderdesk.application.catalog.ContractPriceUseCases;
import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** What the products screen needs from the use cases, each call made as the user signed in at this desk. */
public record CatalogDeskServices(ProductMaintenance products, ContractPriceUseCases prices, CustomerLookup customers,
                                  Authorizer authorizer, Clock clock, Supplier<SignedInUser> currentUser) {
    boolean mayMaintain() {
        return authorizer.can(currentUser.get(), Permission.MAINTAIN_PRODUCTS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Listing<ProductRow> list(String search, boolean includeDiscontinued) {
        return products.list(currentUser.get(), search, includeDiscontinued);
    }

    ProductRow create(ProductData data) {
        return products.create(currentUser.get(), data);
    }

    ProductRow edit(long id, long version, ProductData data) {
        return products.edit(currentUser.get(), id, version, data);
    }

    ProductRow setDiscontinued(long id, boolean discontinued) {
        return discontinued ? products.discontinue(currentUser.get(), id, null) : products.reinstate(currentUser.get(), id, null);
    }

    List<ContractPriceRow> prices(long productId) {
        return prices.forProduct(currentUser.get(), productId).rows();
    }

    List<ContractPriceRow> pricesOfCustomer(long customerId) {
        return prices.forCustomer(currentUser.get(), customerId).rows();
    }

    /** Ends a contract on {@code lastDay}, keeping its price (a change of the stored contract, audited). */
    ContractPriceRow endPrice(long priceId, com.orderdesk.model.common.Money price, LocalDate lastDay) {
        return prices.change(currentUser.get(), priceId, price, lastDay, null);
    }

    ContractPriceRow addPrice(long productId, ContractPriceData data) {
        return prices.add(currentUser.get(), productId, data);
    }

    void removePrice(long priceId) {
        prices.remove(currentUser.get(), priceId, null);
    }

    List<CustomerHit> searchCustomers(String text) {
        return customers.search(currentUser.get(), text, 12);
    }
}
