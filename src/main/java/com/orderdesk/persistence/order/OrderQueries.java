package com.orderdesk.persistence.order;

import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.OrderFilter;

import com.orderdesk.persistence.Database;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.SelectionQuery;

/** The orders list: search, filter and a bounded page, newest first. */
public final class OrderQueries implements com.orderdesk.logic.order.OrderSearch {
    private final Database db;

    public OrderQueries(Database db) {
        this.db = db;
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
        return db.read(s -> {
            SelectionQuery<OrderListRow> q = s.createSelectionQuery(hql.toString(), OrderListRow.class);
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
        });
    }

    public long count() {
        return db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
    }
}
