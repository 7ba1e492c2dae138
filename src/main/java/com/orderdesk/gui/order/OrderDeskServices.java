package com.orderdesk.gui.order;

import com.orderdesk.logic.catalog.ProductCatalog;
import com.orderdesk.logic.customer.CustomerDirectory;
import com.orderdesk.logic.order.OrderBook;
import com.orderdesk.logic.order.OrderSearch;
import com.orderdesk.logic.tax.TaxRates;
import java.time.Clock;
import java.util.function.Supplier;

/** What the order screens need from the rest of the application, handed in by the app at start. */
public record OrderDeskServices(CustomerDirectory customers, ProductCatalog products, OrderBook orders,
                                OrderSearch orderList, TaxRates taxRates, Clock clock, Supplier<String> currentUser) {
}
