package com.orderdesk.application.customer;

import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules cannot see without the book: the SKUs behind part numbers exist, and a bank
 * account or an EDI sender ID belongs to one customer only (the cash desk and the order inbox
 * identify the customer by them). Checked for one record from the screen or every record of an
 * import at once (a few queries, whatever the number of records).
 */
final class BookChecks {
    private final CustomerBook book;

    BookChecks(CustomerBook book) {
        this.book = book;
    }

    /** Problems by the index of the record in {@code records}. */
    Map<Integer, List<CustomerProblem>> check(List<CustomerRecord> records) {
        Set<String> skus = new HashSet<>();
        List<CustomerRecord.BankAccount> accounts = new ArrayList<>();
        Set<String> ediIds = new HashSet<>();
        for (CustomerRecord r : records) {
            r.partNumbers().forEach(p -> skus.add(p.sku()));
            accounts.addAll(r.bankAccounts());
            if (!r.ediSenderId().isEmpty()) {
                ediIds.add(r.ediSenderId());
            }
        }
        skus.remove("");
        Set<String> unknown = skus.isEmpty() ? Set.of() : book.unknownSkus(skus);
        Map<String, String> accountOwners = accounts.isEmpty() ? Map.of() : book.bankAccountOwners(accounts);
        Map<String, String> ediOwners = ediIds.isEmpty() ? Map.of() : book.ediOwners(ediIds);
        Map<String, String> accountInFile = new HashMap<>();
        Map<String, String> ediInFile = new HashMap<>();
        Map<Integer, List<CustomerProblem>> out = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            CustomerRecord r = records.get(i);
            String who = r.number().isEmpty() ? "this customer" : r.number();
            List<CustomerProblem> p = new ArrayList<>();
            for (int k = 0; k < r.partNumbers().size(); k++) {
                CustomerRecord.PartNumber n = r.partNumbers().get(k);
                if (unknown.contains(n.sku())) {
                    p.add(new CustomerProblem("partNumbers.sku", k + 1, "Part number " + n.customerPart() + ": no product has SKU "
                            + n.sku() + "; name one of ours."));
                }
            }
            for (int k = 0; k < r.bankAccounts().size(); k++) {
                String key = r.bankAccounts().get(k).key();
                String owner = accountOwners.get(key);
                String earlier = accountInFile.putIfAbsent(key, who);
                if (owner != null && !owner.equals(r.number())) {
                    p.add(new CustomerProblem("bankAccounts", k + 1, "Bank account " + key + " is known as " + owner
                            + "'s; an account identifies one payer at the cash desk."));
                } else if (earlier != null && !earlier.equals(who)) {
                    p.add(new CustomerProblem("bankAccounts", k + 1, "Bank account " + key + " is also given for " + earlier
                            + "; an account identifies one payer at the cash desk."));
                }
            }
            if (!r.ediSenderId().isEmpty()) {
                String owner = ediOwners.get(r.ediSenderId());
                String earlier = ediInFile.putIfAbsent(r.ediSenderId(), who);
                if (owner != null && !owner.equals(r.number())) {
                    p.add(new CustomerProblem("ediSenderId", 0, "EDI sender ID " + r.ediSenderId() + " is " + owner
                            + "'s; each sender ID identifies one customer's orders."));
                } else if (earlier != null && !earlier.equals(who)) {
                    p.add(new CustomerProblem("ediSenderId", 0, "EDI sender ID " + r.ediSenderId() + " is also given for "
                            + earlier + "; each sender ID identifies one customer's orders."));
                }
            }
            if (!p.isEmpty()) {
                out.put(i, p);
            }
        }
        return out;
    }
}
