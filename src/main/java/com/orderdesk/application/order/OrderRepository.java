package com.orderdesk.application.order;

import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.SalesOrder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sales orders and what saving one reads, in the open unit of work (a port: persistence implements it). */
public interface OrderRepository {
    Optional<SalesOrder> order(long orderId);

    Optional<Customer> customer(long customerId);

    Optional<ShipToAddress> shipTo(long shipToId);

    /** The products with these ids (one query for all lines). */
    Map<Long, Product> products(Collection<Long> productIds);

    /** The customer's contract prices valid on {@code day}, by product id (the newest where several are). */
    Map<Long, Money> contractPrices(long customerId, Collection<Long> productIds, LocalDate day);

    /** A product's price for the customer on {@code day} and the stock available, as order entry shows it. */
    LineQuote quote(long productId, Long customerId, LocalDate day);

    /** The next number of the ORDER series, taken inside this unit of work (gapless: a rollback gives it back). */
    String nextOrderNumber();

    void add(SalesOrder order);

    /** The orders list: search, filter and a bounded page, newest first; damaged rows named and left out. */
    Listing<OrderListRow> list(OrderFilter filter);

    /** How many orders match the filter in all (every page), and their total. */
    com.orderdesk.logic.order.OrderListTally tally(OrderFilter filter);

    /** The order's invoices and how many still have money open, as stored now (pending changes flushed first). */
    com.orderdesk.logic.order.InvoiceTally invoiceTally(long orderId);

    void flush();

    /**
     * The customer's earliest order that is not cancelled on PO {@code poKey} (compared as
     * {@link com.orderdesk.logic.order.EarlierOrderOnPo#key}), other than {@code exceptOrderId}.
     */
    Optional<com.orderdesk.logic.order.EarlierOrderOnPo> earlierOrderOnPo(long customerId, String poKey, Long exceptOrderId);
}
