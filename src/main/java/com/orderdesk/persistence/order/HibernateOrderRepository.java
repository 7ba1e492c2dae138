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
import org.hibernate.query.SelectionQuery;

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
        Map<Long, Product> products = new HashMap<>();
        s().createSelectionQuery("from Product p where p.id in :ids", Product.class).setParameter("ids", productIds)
                .getResultList().forEach(p -> products.put(p.id(), p));
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
    public void flush() {
        s().flush();
    }

    @Override
    public List<OrderListRow> list(OrderFilter f) {
        StringBuilder hql = new StringBuilder("select new com.orderdesk.logic.order.OrderListRow(o.id, o.number, "
                + "c.number, c.name, o.orderDate, o.requestedDate, o.status, o.channel, o.customerPo, o.total) "
                + "from SalesOrder o join o.customer c where 1 = 1");
        String text = f.text() == null ? "" : f.text().trim().toUpperCase(Locale.ROOT);
        if (!text.isEmpty()) {
            hql.append(" and (o.number like :t or upper(o.customerPo) like :t or c.number like :t or c.nameKey like :t)");
        }
        if (f.status() != null) {
            hql.append(" and o.status = :status");
        }
        if (f.customerId() != null) {
            hql.append(" and c.id = :customer");
        }
        if (f.from() != null) {
            hql.append(" and o.orderDate >= :from");
        }
        if (f.to() != null) {
            hql.append(" and o.orderDate <= :to");
        }
        hql.append(" order by o.orderDate desc, o.id desc");
        {
            SelectionQuery<OrderListRow> q = s().createSelectionQuery(hql.toString(), OrderListRow.class);
            if (!text.isEmpty()) {
                q.setParameter("t", "%" + text + "%");
            }
            if (f.status() != null) {
                q.setParameter("status", f.status());
            }
            if (f.customerId() != null) {
                q.setParameter("customer", f.customerId());
            }
            if (f.from() != null) {
                q.setParameter("from", f.from());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to());
            }
            return q.setMaxResults(f.limit()).getResultList();
        }
    }
}
