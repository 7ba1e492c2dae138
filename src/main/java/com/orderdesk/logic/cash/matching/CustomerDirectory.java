package com.orderdesk.logic.cash.matching;

import com.orderdesk.logic.common.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who paid: by the payer's bank account (strongest), by the payer's name (tolerant of case,
 * punctuation, legal suffixes and abbreviations; a bank may truncate a name), and knows which
 * customers a payer may pay for (itself and its children).
 */
final class CustomerDirectory {
    /** Shortest compact name a truncated bank name may be matched on as a prefix. */
    private static final int MIN_PREFIX = 12;

    private final List<Customer> customers;
    private final Map<String, Integer> indexByNo = new HashMap<>();
    private final Map<String, List<Integer>> byAccount = new HashMap<>();
    private final Map<String, List<Integer>> byCompactName = new HashMap<>();
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    private final String[] compactNames;
    private final List<List<Integer>> children = new ArrayList<>();

    CustomerDirectory(List<Customer> customers) {
        this.customers = List.copyOf(customers);
        compactNames = new String[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            if (indexByNo.putIfAbsent(c.customerNo(), i) != null) {
                throw new IllegalArgumentException("duplicate customer " + c.customerNo());
            }
            children.add(new ArrayList<>());
            for (String account : c.bankAccounts()) {
                byAccount.computeIfAbsent(normalizeAccount(account), k -> new ArrayList<>()).add(i);
            }
            compactNames[i] = NameNormalizer.compactKey(c.name());
            byCompactName.computeIfAbsent(compactNames[i], k -> new ArrayList<>()).add(i);
            List<String> words = NameNormalizer.words(c.name());
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < customers.size(); i++) {
            String parent = customers.get(i).parentNo();
            Integer p = parent == null ? null : indexByNo.get(parent);
            if (p != null && p != i) {
                children.get(p).add(i);
            }
        }
    }

    private static final java.util.regex.Pattern ACCOUNT_SEPARATORS = java.util.regex.Pattern.compile("[\\s-]");

    static String normalizeAccount(String account) {
        return ACCOUNT_SEPARATORS.matcher(account).replaceAll("");
    }

    int size() {
        return customers.size();
    }

    Customer get(int index) {
        return customers.get(index);
    }

    Integer indexOf(String customerNo) {
        return indexByNo.get(customerNo);
    }

    /** Customers owning the payer's account (normally one; several means the account tells nothing). */
    List<Integer> byAccount(String payerAccount) {
        if (payerAccount == null || payerAccount.isBlank()) {
            return List.of();
        }
        return byAccount.getOrDefault(normalizeAccount(payerAccount), List.of());
    }

    /** Customers whose normalized name equals the payer's. */
    List<Integer> byExactName(String payerName) {
        String key = NameNormalizer.compactKey(payerName);
        return key.isEmpty() ? List.of() : byCompactName.getOrDefault(key, List.of());
    }

    /**
     * Customers whose name the payer's name resembles: a truncated prefix of it (banks cut names)
     * or one spelling mistake, among customers that share the first word.
     */
    List<Integer> byFuzzyName(String payerName) {
        List<String> words = NameNormalizer.words(payerName);
        if (words.isEmpty()) {
            return List.of();
        }
        String compact = String.join("", words);
        Set<Integer> found = new LinkedHashSet<>();
        for (int i : byFirstWord.getOrDefault(words.get(0), List.of())) {
            String name = compactNames[i];
            boolean truncated = compact.length() >= MIN_PREFIX && name.startsWith(compact);
            if (truncated || (compact.length() >= 8 && EditDistance.atMostOne(compact, name))) {
                found.add(i);
            }
        }
        return new ArrayList<>(found);
    }

    /** The customer and its children: whose invoices a payment from {@code payer} may settle. */
    List<Integer> payableBy(int payer) {
        List<Integer> out = new ArrayList<>();
        out.add(payer);
        out.addAll(children.get(payer));
        return out;
    }

    /** True when a payment identified as coming from {@code payer} may settle {@code owner}'s invoice. */
    boolean mayPay(int payer, int owner) {
        return payer == owner || children.get(payer).contains(owner);
    }

    /** The parent of a customer, or -1. */
    int parentOf(int customer) {
        String parent = customers.get(customer).parentNo();
        Integer p = parent == null ? null : indexByNo.get(parent);
        return p == null ? -1 : p;
    }
}
