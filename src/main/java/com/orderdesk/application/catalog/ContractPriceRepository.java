package com.orderdesk.application.catalog;

import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.customer.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers' contract prices, in the open unit of work (a port: persistence implements it). */
public interface ContractPriceRepository {
    /** The contracts of one product (every customer), or of one customer (every product); either id may be null. */
    Listing<ContractPriceRow> list(Long productId, Long customerId);

    /** Every contract (the export), by customer number, SKU and valid-from. */
    List<ContractPriceRow> all();

    Optional<CustomerPrice> byId(long id);

    /** One contract as listed. */
    Optional<ContractPriceRow> row(long id);

    Optional<CustomerPrice> byKey(long customerId, long productId, LocalDate validFrom);

    /** Every contract's id by its {@link #key} (an import compares a whole file against them). */
    Map<String, Long> idsByKey();

    /** The contracts with these ids, by id. */
    Map<Long, CustomerPrice> byIds(java.util.Collection<Long> ids);

    Optional<Customer> customerByNumber(String customerNumber);

    /** Customer ids by customer number. */
    Map<String, Long> customerIds();

    /** Product ids by SKU. */
    Map<String, Long> productIds();

    Customer customerReference(long id);

    Product productReference(long id);

    void add(CustomerPrice price);

    void remove(CustomerPrice price);

    void flush();

    /** As {@link ProductRepository#flushAndForget()}. */
    void flushAndForget();

    static String key(String customerNumber, String sku, LocalDate validFrom) {
        return customerNumber + "|" + sku + "|" + validFrom;
    }
}
