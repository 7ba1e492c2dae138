package com.orderdesk.bench.cash;

import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.NameNormalizer;
import com.orderdesk.logic.cash.matching.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The generated book: customers (a few are parent companies) and their open invoices, with a
 * record of which invoices a generated payment already uses (each invoice gets at most one).
 */
final class Book {
    static final class Cust {
        final String no;
        final String name;
        final List<String> accounts = new ArrayList<>();
        final List<Inv> invoices = new ArrayList<>();
        final List<Cust> children = new ArrayList<>();
        Cust parent;

        Cust(String no, String name) {
            this.no = no;
            this.name = name;
        }
    }

    static final class Inv {
        final String no;
        final Cust customer;
        final LocalDate date;
        long original;
        long open;
        BigDecimal pct;
        LocalDate until;
        boolean used;

        Inv(String no, Cust customer, LocalDate date) {
            this.no = no;
            this.customer = customer;
            this.date = date;
        }

        /** Open amount net of the discount, half-up to cents. */
        long discounted() {
            BigDecimal net = BigDecimal.valueOf(open, 2).multiply(BigDecimal.ONE.subtract(pct.movePointLeft(2)))
                    .setScale(2, RoundingMode.HALF_UP);
            return net.movePointRight(2).longValueExact();
        }
    }

    private final Random random;
    private final List<Cust> customers = new ArrayList<>();
    private final List<Cust> parents = new ArrayList<>();
    private final List<Inv> invoices = new ArrayList<>();
    private final List<Inv> discountInTerms = new ArrayList<>();
    private final List<Inv> discountExpired = new ArrayList<>();

    Book(Random random) {
        this.random = random;
    }

    void build(int customerCount, int invoiceCount, NameFactory names, Supplier<String> accounts) {
        Set<String> keys = new HashSet<>();
        while (customers.size() < customerCount) {
            String name = names.companyName();
            if (keys.add(NameNormalizer.compactKey(name))) {
                Cust c = new Cust(String.format("C%05d", customers.size() + 1), name);
                int r = random.nextInt(100);
                for (int a = 0; a < (r < 5 ? 0 : r < 90 ? 1 : 2); a++) {
                    c.accounts.add(accounts.get());
                }
                customers.add(c);
            }
        }
        List<Cust> pool = new ArrayList<>(customers);
        Collections.shuffle(pool, random);
        int parentCount = Math.max(1, customerCount * 3 / 100);
        int next = parentCount;
        for (int p = 0; p < parentCount && next < pool.size(); p++) {
            Cust parent = pool.get(p);
            parents.add(parent);
            for (int k = 2 + random.nextInt(3); k > 0 && next < pool.size(); k--) {
                Cust child = pool.get(next++);
                child.parent = parent;
                parent.children.add(child);
            }
        }
        invoices(invoiceCount);
    }

    private void invoices(int count) {
        // Some customers buy far more than others: weights fall off with a random rank.
        double[] cumulative = new double[customers.size()];
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            rank.add(i);
        }
        Collections.shuffle(rank, random);
        double sum = 0;
        for (int i = 0; i < customers.size(); i++) {
            sum += 1.0 / Math.pow(rank.get(i) + 5, 0.9);
            cumulative[i] = sum;
        }
        LocalDate first = TestSetGenerator.TODAY.minusDays(120);
        for (int k = 0; k < count; k++) {
            double x = random.nextDouble() * sum;
            int idx = java.util.Arrays.binarySearch(cumulative, x);
            Cust c = customers.get(idx >= 0 ? idx : Math.min(customers.size() - 1, -idx - 1));
            Inv inv = new Inv("INV-" + (100000 + k), c, first.plusDays((long) k * 120 / Math.max(1, count)));
            inv.original = Math.max(1500, Math.min(6_000_000, Math.round(Math.exp(Math.log(80000) + random.nextGaussian()))));
            inv.open = inv.original;
            int r = random.nextInt(100);
            if (r < 8) {
                inv.open = Math.max(100, inv.original * (20 + random.nextInt(70)) / 100);
            } else if (r < 33) {
                inv.pct = random.nextInt(10) < 7 ? BigDecimal.valueOf(2) : BigDecimal.ONE;
                inv.until = inv.date.plusDays(10);
                // Payments arrive up to 2 days before TODAY: "expired" must be expired on each of those days.
                if (!inv.until.isBefore(TestSetGenerator.TODAY)) {
                    discountInTerms.add(inv);
                } else if (inv.until.isBefore(TestSetGenerator.TODAY.minusDays(2))) {
                    discountExpired.add(inv);
                }
            }
            c.invoices.add(inv);
            invoices.add(inv);
        }
    }

    /** An unused invoice chosen at random (so busy customers are chosen more often), now used. */
    Inv takeAny() {
        Inv inv = peekAny();
        if (inv != null) {
            inv.used = true;
        }
        return inv;
    }

    /** An unused invoice chosen at random, left unused (to pick a customer). */
    Inv peekAny() {
        for (int tries = 0; tries < 200; tries++) {
            Inv inv = invoices.get(random.nextInt(invoices.size()));
            if (!inv.used) {
                return inv;
            }
        }
        return null;
    }

    /** Up to {@code n} (at least 2) unused invoices of one customer, oldest first; empty when none has 2. */
    List<Inv> takeSeveral(int n) {
        for (int tries = 0; tries < 50; tries++) {
            Inv seed = peekAny();
            if (seed == null) {
                return List.of();
            }
            List<Inv> got = takeOf(seed.customer, n);
            if (got.size() >= 2) {
                return got;
            }
            got.forEach(i -> i.used = false);
        }
        return List.of();
    }

    /** Up to {@code n} unused invoices of the customer, picked at random, returned oldest first. */
    List<Inv> takeOf(Cust c, int n) {
        List<Inv> free = new ArrayList<>();
        for (Inv inv : c.invoices) {
            if (!inv.used) {
                free.add(inv);
            }
        }
        Collections.shuffle(free, random);
        List<Inv> got = new ArrayList<>(free.subList(0, Math.min(n, free.size())));
        got.sort((a, b) -> a.no.compareTo(b.no));
        got.forEach(i -> i.used = true);
        return got;
    }

    /** An unused invoice whose discount is still available today ({@code inTerms}) or expired. */
    Inv takeDiscountable(boolean inTerms) {
        List<Inv> pool = inTerms ? discountInTerms : discountExpired;
        for (int tries = 0; tries < 50 && !pool.isEmpty(); tries++) {
            Inv inv = pool.get(random.nextInt(pool.size()));
            if (!inv.used) {
                inv.used = true;
                return inv;
            }
        }
        return null;
    }

    Cust randomParent() {
        return parents.isEmpty() ? null : parents.get(random.nextInt(parents.size()));
    }

    /** Makes {@code twin} owe exactly what {@code model} owes, with no discount on either. */
    void makeTwin(Inv twin, Inv model) {
        twin.original = model.open;
        twin.open = model.open;
        twin.pct = null;
        twin.until = null;
        model.pct = null;
        model.until = null;
    }

    List<Customer> customers() {
        List<Customer> out = new ArrayList<>();
        for (Cust c : customers) {
            out.add(new Customer(c.no, c.name, c.parent == null ? null : c.parent.no, new LinkedHashSet<>(c.accounts)));
        }
        return out;
    }

    List<OpenItem> openItems() {
        List<OpenItem> out = new ArrayList<>();
        for (Inv i : invoices) {
            out.add(new OpenItem(i.no, i.customer.no, i.date, i.date.plusDays(30), BigDecimal.valueOf(i.original, 2),
                    BigDecimal.valueOf(i.open, 2), "USD", i.pct, i.until));
        }
        return out;
    }
}
