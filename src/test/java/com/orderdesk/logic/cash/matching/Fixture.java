package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small hand-made book for rule tests. */
final class Fixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final List<Customer> customers = new ArrayList<>();
    final List<OpenItem> items = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    Fixture customer(String no, String name, String parent, String... accounts) {
        customers.add(new Customer(no, name, parent, Set.of(accounts)));
        return this;
    }

    Fixture invoice(String no, String customer, int daysAgo, String open) {
        LocalDate date = TODAY.minusDays(daysAgo);
        items.add(new OpenItem(no, customer, date, date.plusDays(30), new BigDecimal(open), new BigDecimal(open),
                "USD", null, null));
        return this;
    }

    Fixture discounted(String no, String customer, int daysAgo, String open, String pct, int termsDays) {
        LocalDate date = TODAY.minusDays(daysAgo);
        items.add(new OpenItem(no, customer, date, date.plusDays(30), new BigDecimal(open), new BigDecimal(open),
                "USD", new BigDecimal(pct), date.plusDays(termsDays)));
        return this;
    }

    Fixture pay(String id, String amount, String name, String account, String reference) {
        payments.add(new Payment(id, TODAY, new BigDecimal(amount), "USD", name, account, reference));
        return this;
    }

    List<Application> match() {
        List<Application> rows = new MatchingEngine(customers, items).matchAll(payments);
        List<String> broken = ApplicationInvariants.violations(customers, items, payments, rows);
        if (!broken.isEmpty()) {
            throw new AssertionError("invariants broken: " + broken);
        }
        return rows;
    }

    static List<Application> rowsOf(List<Application> rows, String paymentId) {
        return rows.stream().filter(r -> r.paymentId().equals(paymentId)).toList();
    }

    /** The standard book: two unrelated customers, a parent with a child. */
    static Fixture book() {
        return new Fixture()
                .customer("C1", "Acme Building Supply, Inc.", null, "011000015:1234567890")
                .customer("C2", "Northern Paint Distribution LLC", null, "021000021:5550001111")
                .customer("P1", "Pacific Holdings Corp.", null, "031000053:9990001111")
                .customer("K1", "Pacific Hardware West", "P1", "031000053:7770001111");
    }
}
