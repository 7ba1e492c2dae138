package com.orderdesk.persistence.customer;

import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.customer.CustomerContext;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.TextSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * Customer look-ups for the order screen (switched-off customers are not offered: they take no new orders). Searches use prefix ranges ({@code key >= 'ACME' and
 * key < 'ACMF'}) rather than LIKE, so an ordinary index serves them on SQLite and PostgreSQL alike.
 */
public final class HibernateCustomerRepository implements com.orderdesk.application.customer.CustomerRepository {

    /** Customers whose name, number or phone starts with {@code text} (names first), then names with a word starting so. */
    @Override
    public List<CustomerHit> search(String text, int limit) {
        String q = text == null ? "" : text.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        Session s = CurrentSession.get();
        Map<Long, CustomerHit> hits = new LinkedHashMap<>();
        String key = q.toUpperCase(Locale.ROOT);
        addHits(s, hits, "c.nameKey", key, limit);
        if (hits.size() < limit) {
            addHits(s, hits, "c.number", key, limit);
        }
        String digits = q.replaceAll("\\D", "");
        if (hits.size() < limit && digits.length() >= 3 && digits.length() * 2 >= q.replaceAll("\\s", "").length()) {
            addHits(s, hits, "c.phoneDigits", digits, limit);
        }
        if (hits.size() < limit && key.length() >= 3) {
            // a word inside the name: "plastics" finds "Summit Plastics Company"
            s.createSelectionQuery("select new com.orderdesk.logic.customer.CustomerHit(c.id, c.number, c.name, c.phone, "
                            + "c.billTo.city, c.billTo.state) from Customer c where c.nameKey like :w and c.active = true order by c.nameKey",
                            CustomerHit.class)
                    .setParameter("w", "% " + TextSearch.containing(key).substring(1))
                    .setMaxResults(limit)
                    .getResultList()
                    .forEach(h -> {
                        if (hits.size() < limit) {
                            hits.putIfAbsent(h.id(), h);
                        }
                    });
        }
        return new ArrayList<>(hits.values());
    }

    private static void addHits(Session s, Map<Long, CustomerHit> hits, String column, String prefix, int limit) {
        List<CustomerHit> rows = s.createSelectionQuery(
                        "select new com.orderdesk.logic.customer.CustomerHit(c.id, c.number, c.name, c.phone, "
                                + "c.billTo.city, c.billTo.state) from Customer c where " + column + " >= :lo and "
                                + column + " < :hi and c.active = true order by " + column, CustomerHit.class)
                .setParameter("lo", prefix)
                .setParameter("hi", TextSearch.prefixUpperBound(prefix))
                .setMaxResults(limit)
                .getResultList();
        for (CustomerHit h : rows) {
            if (hits.size() >= limit) {
                break;
            }
            hits.putIfAbsent(h.id(), h);
        }
    }


    @Override
    public CustomerContext context(long customerId, LocalDate today) {
        Session s = CurrentSession.get();
        Customer c = s.find(Customer.class, customerId);
        if (c == null) {
            throw new IllegalArgumentException("No customer with id " + customerId);
        }
        List<ShipToView> shipTos = new ArrayList<>();
        for (ShipToAddress st : c.shipTos()) {
            if (!st.active()) {
                continue;
            }
            shipTos.add(new ShipToView(st.id(), st.label(), st.address().oneLine(), st.address().state(), st.isDefault()));
        }
        Money open = cents(s.createSelectionQuery(
                        "select coalesce(sum(i.openAmount), 0) from Invoice i where i.customer.id = :c "
                                + "and i.status in (com.orderdesk.model.invoicing.InvoiceStatus.OPEN, "
                                + "com.orderdesk.model.invoicing.InvoiceStatus.PARTLY_PAID)", Object.class)
                .setParameter("c", customerId).getSingleResult());
        Money overdue = cents(s.createSelectionQuery(
                        "select coalesce(sum(i.openAmount), 0) from Invoice i where i.customer.id = :c "
                                + "and i.status in (com.orderdesk.model.invoicing.InvoiceStatus.OPEN, "
                                + "com.orderdesk.model.invoicing.InvoiceStatus.PARTLY_PAID) and i.dueDate < :today", Object.class)
                .setParameter("c", customerId).setParameter("today", today).getSingleResult());
        Money openOrders = cents(s.createSelectionQuery(
                        "select coalesce(sum(o.total), 0) from SalesOrder o where o.customer.id = :c and o.status in "
                                + "(com.orderdesk.model.order.OrderStatus.ENTERED, com.orderdesk.model.order.OrderStatus.CREDIT_HOLD, "
                                + "com.orderdesk.model.order.OrderStatus.RELEASED, com.orderdesk.model.order.OrderStatus.ALLOCATED, "
                                + "com.orderdesk.model.order.OrderStatus.SHIPPED)", Object.class)
                .setParameter("c", customerId).getSingleResult());
        return new CustomerContext(c.id(), c.number(), c.name(), c.contactName(), c.phone(), c.email(),
                c.paymentTerms(), c.creditLimit().orElse(null), c.riskClass(), c.onManualHold(), c.taxExemptOn(today),
                open, overdue, openOrders, shipTos, c.taxExempt() && !c.taxExemptOn(today)
                        ? new com.orderdesk.logic.customer.TaxExemption(c.taxExemptCertificate(), c.taxExemptExpires())
                                .warningOn(today).orElse(null) : null);
    }

    /** Sums of a converted Money attribute come back as Money, or as a number for the literal 0. */
    static Money cents(Object value) {
        if (value instanceof Money m) {
            return m;
        }
        return Money.ofCents(((Number) value).longValue());
    }
}
