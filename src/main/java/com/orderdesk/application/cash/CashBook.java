package com.orderdesk.application.cash;

import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.NameNormalizer;
import com.orderdesk.logic.cash.matching.OpenItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The receivables book as the matching engine takes it, read in one unit of work: customers with their
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

    static CashBook load(CashRepository cash) {
        CashRepository.MatchingCustomers found = cash.matchingCustomers();
        List<Customer> customers = found.customers();
        Map<String, Long> ids = found.idsByNumber();
        List<OpenItem> open = cash.openItems();
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
