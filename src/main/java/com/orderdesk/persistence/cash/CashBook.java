package com.orderdesk.persistence.cash;

import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.NameNormalizer;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The receivables book as the matching engine takes it, read in one session: customers with their
 * parent and known bank accounts, and every invoice with money still open.
 */
final class CashBook {
    final List<Customer> customers;
    final List<OpenItem> openItems;
    final Map<String, Long> customerIds = new HashMap<>();
    final Map<String, String> invoiceOwner = new HashMap<>();
    private final Map<String, String> accountOwner = new HashMap<>();
    private final Map<String, List<String>> byNameKey = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();

    private CashBook(List<Customer> customers, List<OpenItem> openItems) {
        this.customers = customers;
        this.openItems = openItems;
    }

    static CashBook load(Session s) {
        Map<Long, Set<String>> accounts = new HashMap<>();
        for (Object[] row : s.createSelectionQuery(
                "select a.customer.id, a.routing, a.account from CustomerBankAccount a", Object[].class).getResultList()) {
            accounts.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add(row[1] + ":" + row[2]);
        }
        List<Customer> customers = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Object[] row : s.createSelectionQuery(
                "select c.id, c.number, c.name, p.number from Customer c left join c.parent p", Object[].class).getResultList()) {
            Long id = (Long) row[0];
            customers.add(new Customer((String) row[1], (String) row[2], (String) row[3], accounts.getOrDefault(id, Set.of())));
            ids.put((String) row[1], id);
        }
        List<OpenItem> open = new ArrayList<>();
        for (Invoice i : s.createSelectionQuery(
                        "from Invoice i join fetch i.customer where i.status in (:open, :part) order by i.issueDate, i.number",
                        Invoice.class)
                .setParameter("open", InvoiceStatus.OPEN).setParameter("part", InvoiceStatus.PARTLY_PAID).getResultList()) {
            if (i.openAmount().isPositive()) {
                open.add(new OpenItem(i.number(), i.customer().number(), i.issueDate(), i.dueDate(), i.total().amount(),
                        i.openAmount().amount(), "USD", i.discountPct(), i.discountUntil()));
            }
        }
        CashBook book = new CashBook(customers, open);
        book.customerIds.putAll(ids);
        for (Customer c : customers) {
            c.bankAccounts().forEach(a -> book.accountOwner.put(a, c.customerNo()));
            book.byNameKey.computeIfAbsent(NameNormalizer.compactKey(c.name()), k -> new ArrayList<>()).add(c.customerNo());
            if (c.parentNo() != null) {
                book.parentOf.put(c.customerNo(), c.parentNo());
            }
        }
        open.forEach(o -> book.invoiceOwner.put(o.invoiceNo(), o.customerNo()));
        return book;
    }

    /**
     * Who a payment comes from: its bank account if known, else the one customer (or common
     * parent) owning the invoices the engine proposed, else a unique name match; null if unknown.
     */
    String identify(String payerAccount, String payerName, List<String> proposedInvoices) {
        if (payerAccount != null && accountOwner.containsKey(payerAccount)) {
            return accountOwner.get(payerAccount);
        }
        Set<String> owners = new HashSet<>();
        proposedInvoices.forEach(inv -> owners.add(invoiceOwner.get(inv)));
        owners.remove(null);
        if (owners.size() == 1) {
            String only = owners.iterator().next();
            List<String> named = payerName == null ? List.of() : byNameKey.getOrDefault(NameNormalizer.compactKey(payerName), List.of());
            String parent = parentOf.get(only);
            return parent != null && named.contains(parent) ? parent : only;
        }
        if (owners.size() > 1) {
            Set<String> parents = new HashSet<>();
            owners.forEach(o -> parents.add(parentOf.getOrDefault(o, o)));
            if (parents.size() == 1) {
                return parents.iterator().next();
            }
        }
        if (payerName != null) {
            List<String> named = byNameKey.getOrDefault(NameNormalizer.compactKey(payerName), List.of());
            if (named.size() == 1) {
                return named.get(0);
            }
        }
        return null;
    }
}
