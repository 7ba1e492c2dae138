package com.orderdesk.persistence.order;

import com.orderdesk.application.order.OrderRepository;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.catalog.HibernateCatalogRepository;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.OrderFilter;

import java.util.List;
import java.util.Locale;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import org.hibernate.query.NativeQuery;

/** The orders list: search, filter and a bounded page, newest first. */
public final class HibernateOrderRepository implements OrderRepository {
    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<SalesOrder> order(long orderId) {
        return Optional.ofNullable(s().find(SalesOrder.class, orderId));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return Optional.ofNullable(s().find(Customer.class, customerId));
    }

    @Override
    public Optional<ShipToAddress> shipTo(long shipToId) {
        return Optional.ofNullable(s().find(ShipToAddress.class, shipToId));
    }

    @Override
    public Map<Long, Product> products(Collection<Long> productIds) {
        // one load by id each: a query with a list parameter is translated again on every run
        // (Hibernate keeps no plan for it), which cost more than the few loads of an order's products
        Map<Long, Product> products = new HashMap<>();
        Session s = s();
        for (Long id : productIds) {
            Product p = s.find(Product.class, id);
            if (p != null) {
                products.put(id, p);
            }
        }
        return products;
    }

    @Override
    public Map<Long, Money> contractPrices(long customerId, Collection<Long> productIds, LocalDate day) {
        return HibernateCatalogRepository.contractPrices(s(), customerId, productIds, day);
    }

    @Override
    public LineQuote quote(long productId, Long customerId, LocalDate day) {
        return HibernateCatalogRepository.quote(s(), productId, customerId, day);
    }

    @Override
    public String nextOrderNumber() {
        return DocumentNumberAllocator.next(s(), DocumentNumberAllocator.ORDER);
    }

    @Override
    public void add(SalesOrder order) {
        s().persist(order);
    }

    @Override
    public com.orderdesk.logic.order.InvoiceTally invoiceTally(long orderId) {
        // read from the table, not the session: a reversal restores invoices with a guarded bulk update
        s().flush();
        Object[] r = s().createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN open_cents > 0 THEN 1 ELSE 0 END), 0)"
                + " FROM invoice WHERE order_id = :o", Object[].class).setParameter("o", orderId).getSingleResult();
        return new com.orderdesk.logic.order.InvoiceTally(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
    }

    @Override
    public java.util.Optional<com.orderdesk.logic.order.EarlierOrderOnPo> earlierOrderOnPo(long customerId, String poKey,
                                                                                          Long exceptOrderId) {
        // read from the table after a flush: an order saved earlier in this unit counts too
        s().flush();
        List<Object[]> rows = s().createNativeQuery("SELECT customer_po, order_no, order_date, total_cents FROM sales_order"
                        + " WHERE customer_id = :c AND upper(trim(customer_po)) = :po AND status <> 'CANCELLED' AND id <> :x"
                        + " ORDER BY id", Object[].class)
                .setParameter("c", customerId).setParameter("po", poKey).setParameter("x", exceptOrderId == null ? -1L : exceptOrderId)
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(r -> new com.orderdesk.logic.order.EarlierOrderOnPo(((String) r[0]).strip(),
                (String) r[1], java.time.LocalDate.parse((String) r[2]), java.math.BigDecimal.valueOf(((Number) r[3]).longValue(), 2)));
    }

    @Override
    public void flush() {
        s().flush();
    }

    private static final String[] LIST_COLUMNS = {"id", "order_no", "customer", "customer name", "order_date",
            "requested_date", "status", "channel", "customer_po", "total_cents"};

    /**
     * Read as plain rows, each through {@link StoredValues}: an order with a damaged value (a date
     * that does not parse, a status this version does not know) or whose customer is gone is named
     * and left out, and the list still shows the others.
     */
    @Override
    public Listing<OrderListRow> list(OrderFilter f) {
        NativeQuery<Object[]> q = query("SELECT o.id, o.order_no, c.customer_no, c.name, o.order_date, o.requested_date,"
                + " o.status, o.channel, o.customer_po, o.total_cents", f, true, Object[].class);
        return DamagedRows.read(q.setMaxResults(f.limit()).getResultList(), HibernateOrderRepository::listRow);
    }

    @Override
    public com.orderdesk.logic.order.OrderListTally tally(OrderFilter f) {
        // a damaged total (not a whole number of cents) counts the order but adds nothing, as the list leaves it out
        Object[] r = query("SELECT COUNT(*), COALESCE(SUM(CASE WHEN o.total_cents = CAST(o.total_cents AS BIGINT)"
                + " THEN o.total_cents ELSE 0 END), 0)", f.firstPage(), false, Object[].class).getSingleResult();
        return new com.orderdesk.logic.order.OrderListTally(((Number) r[0]).longValue(), Money.ofCents(((Number) r[1]).longValue()));
    }

    private static <T> NativeQuery<T> query(String select, OrderFilter f, boolean ordered, Class<T> type) {
        StringBuilder sql = new StringBuilder(select + " FROM sales_order o LEFT JOIN customer c ON c.id = o.customer_id"
                + " WHERE 1 = 1");
        String text = f.text() == null ? "" : f.text().trim().toUpperCase(Locale.ROOT);
        if (!text.isEmpty()) {
            sql.append(" AND (o.order_no LIKE :t ESCAPE '!' OR upper(o.customer_po) LIKE :t ESCAPE '!'"
                    + " OR c.customer_no LIKE :t ESCAPE '!' OR c.name_key LIKE :t ESCAPE '!')");
        }
        if (f.status() != null) {
            sql.append(" AND o.status = :status");
        }
        if (f.customerId() != null) {
            sql.append(" AND o.customer_id = :customer");
        }
        if (f.from() != null) {
            sql.append(" AND o.order_date >= :from");
        }
        if (f.to() != null) {
            sql.append(" AND o.order_date <= :to");
        }
        if (f.afterDate() != null && f.afterId() != null) {
            // keyset paging: the rows after the last one shown, in the list's order
            sql.append(" AND (o.order_date < :afterDate OR (o.order_date = :afterDate AND o.id < :afterId))");
        }
        if (ordered) {
            sql.append(" ORDER BY o.order_date DESC, o.id DESC");
        }
        NativeQuery<T> q = s().createNativeQuery(sql.toString(), type);
        if (!text.isEmpty()) {
            q.setParameter("t", "%" + com.orderdesk.persistence.TextSearch.escapeLike(text) + "%");
        }
        if (f.status() != null) {
            q.setParameter("status", f.status().name());
        }
        if (f.customerId() != null) {
            q.setParameter("customer", f.customerId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from().toString());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to().toString());
        }
        if (f.afterDate() != null && f.afterId() != null) {
            q.setParameter("afterDate", f.afterDate().toString());
            q.setParameter("afterId", f.afterId());
        }
        return q;
    }

    private static OrderListRow listRow(Object[] r) {
        StoredValues row = new StoredValues("order", r[1] == null ? r[0] : r[1], r, LIST_COLUMNS);
        if (r[2] == null) {
            throw new DamagedRowException(row.rowName(), "its customer is no longer in the book");
        }
        return new OrderListRow(((Number) r[0]).longValue(), row.text(1), row.text(2), row.text(3), row.date(4),
                row.dateOrNull(5), row.enumOf(6, OrderStatus.class), row.enumOf(7, OrderChannel.class), row.textOr(8, null),
                Money.ofCents(row.longValue(9)));
    }

}
