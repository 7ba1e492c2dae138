package com.orderdesk.gui.order;

import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.persistence.catalog.ProductQueries;
import com.orderdesk.persistence.customer.CustomerQueries;
import com.orderdesk.persistence.order.OrderQueries;
import com.orderdesk.persistence.order.OrderService;
import java.time.Clock;
import java.util.function.Supplier;

/** What the order screens need from the rest of the application, handed in by the app at start. */
public record OrderDeskServices(CustomerQueries customers, ProductQueries products, OrderService orders,
                                OrderQueries orderList, TaxRates taxRates, Clock clock, Supplier<String> currentUser) {
}
